import '../loans.css';
import { Button, Card, Select, Space, Switch, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { PagedTable } from '../../../components/paged-table';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { useMe } from '../../../lib/auth';
import { formatFenYuan } from '../../../lib/format';
import { oneOf, useListParams } from '../../../lib/use-list-params';
import { LOAN_STATUSES, type LoanListItem, type LoanStatus } from '../api/contracts';
import { useLoans } from '../api/list-loans';

const FILTER_KEYS = ['status', 'pastTarget'] as const;

/**
 * The console's loan queue: a station agent sees the station's loans, the street its areas', a lender the loans
 * that have reached its institution; the longest-waiting stage first, a stage past its target marked.
 */
export function StaffLoansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useMe().data?.role;
  const list = useListParams(FILTER_KEYS);
  const status = oneOf(LOAN_STATUSES, list.values.status);
  const loans = useLoans({
    page: list.page,
    pageSize: list.pageSize,
    status,
    pastTarget: list.values.pastTarget === 'true' ? 'true' : undefined,
  });
  const columns: TableColumnsType<LoanListItem> = [
    {
      title: t('loans.staff.columns.applicant'),
      key: 'a',
      fixed: 'left',
      render: (_, r) => (
        <Link to={`/staff/loans/${r.id}`}>
          {r.applicantName}
          {r.enterpriseName ? ` · ${r.enterpriseName}` : ''}
        </Link>
      ),
    },
    { title: t('loans.staff.columns.product'), dataIndex: 'productTitle' },
    { title: t('loans.staff.columns.amount'), key: 'm', align: 'right', render: (_, r) => formatFenYuan(r.amountFen) },
    {
      title: t('loans.staff.columns.status'),
      key: 's',
      render: (_, r) => (
        <Space size={4} wrap>
          <Tag color={r.status === 'rejected' || r.status === 'overdue' ? 'red' : 'blue'}>
            {t(`loans.status.${r.status}`)}
          </Tag>
          {r.assisted && <Tag>{t('loans.onBehalf')}</Tag>}
        </Space>
      ),
    },
    { title: t('loans.staff.columns.station'), dataIndex: 'stationName' },
    {
      title: t('loans.staff.columns.days'),
      key: 'd',
      render: (_, r) =>
        r.workingDaysUsed === null || r.targetWorkingDays === null ? (
          '—'
        ) : (
          <span data-testid={r.pastTarget ? 'past-target' : undefined}>
            {t('loans.daysUsedShort', { used: r.workingDaysUsed, target: r.targetWorkingDays })}
            {r.pastTarget && (
              <Tag color="red" style={{ marginLeft: 8 }}>
                {t('loans.pastTarget')}
              </Tag>
            )}
          </span>
        ),
    },
  ];
  return (
    <>
      <StaffPageHeader
        title={t('loans.staff.title')}
        extra={
          <Space wrap>
            <Button onClick={() => void navigate('/staff/loans/settings')}>{t('loans.settings.title')}</Button>
            {(role === 'street_officer' || role === 'community_officer') && (
              <Button onClick={() => void navigate('/staff/loans/subsidy')}>{t('loans.subsidyPage.title')}</Button>
            )}
            {role === 'lender' && (
              <Button onClick={() => void navigate('/staff/loans/repayments')}>{t('loans.import.title')}</Button>
            )}
            {role === 'station_agent' && (
              <Button type="primary" onClick={() => void navigate('/staff/loans/new')}>
                {t('loans.staff.newAssisted')}
              </Button>
            )}
          </Space>
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }} size="large">
          <span>
            <label htmlFor="loan-status" style={{ marginRight: 8 }}>
              {t('loans.staff.filter.status')}
            </label>
            <Select<LoanStatus | ''>
              id="loan-status"
              style={{ minWidth: 200 }}
              value={status ?? ''}
              onChange={(v) => list.update({ status: v })}
              options={[
                { value: '', label: t('loans.staff.filter.all') },
                ...LOAN_STATUSES.map((s) => ({ value: s, label: t(`loans.status.${s}`) })),
              ]}
            />
          </span>
          <span>
            <Switch
              id="loan-past-target"
              checked={list.values.pastTarget === 'true'}
              onChange={(on) => list.update({ pastTarget: on ? 'true' : undefined })}
            />
            <label htmlFor="loan-past-target" style={{ marginLeft: 8 }}>
              {t('loans.staff.filter.pastTarget')}
            </label>
          </span>
        </Space>
        <PagedTable<LoanListItem> query={loans} paging={list} columns={columns} />
      </Card>
    </>
  );
}
