import '../loans.css';
import { Alert, App, Button, Card, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { businessDay } from '../../../../shared/dates';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { formatDateTime, formatFenYuan } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import type { QuarterSubsidy } from '../api/contracts';
import { useSubsidyQuarter } from '../api/get-subsidy-quarter';
import { useRecordSubsidyQuarter } from '../api/record-subsidy-quarter';
import { percentOfBp } from '../components/loan-words';

/** The last eight quarters that have ended by today's business day in Shanghai, the latest first. */
function endedQuarters(now = new Date()): string[] {
  const [y, m] = businessDay(now).split('-').map(Number) as [number, number];
  let year = y;
  let q = Math.floor((m - 1) / 3); // the current quarter's number minus one: the last ended
  const out: string[] = [];
  while (out.length < 8) {
    if (q === 0) {
      year -= 1;
      q = 4;
    }
    out.push(`${year}-Q${q}`);
    q -= 1;
  }
  return out;
}

/** The street's quarterly 贴息: each loan's interest and 贴息 for the quarter, the total; recorded once. */
export function StaffLoanSubsidyPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const quarters = endedQuarters();
  const [quarter, setQuarter] = useState(quarters[0]!);
  const data = useSubsidyQuarter(quarter);
  const record = useRecordSubsidyQuarter();
  const canRecord = useMe().data?.role === 'street_officer';
  const [problem, setProblem] = useState<string | null>(null);
  type Row = QuarterSubsidy['items'][number];
  const columns: TableColumnsType<Row> = [
    {
      title: t('loans.staff.columns.applicant'),
      key: 'a',
      fixed: 'left',
      render: (_, r) => (
        <Link to={`/staff/loans/${r.loanId}`}>
          {r.applicantName}
          {r.enterpriseName ? ` · ${r.enterpriseName}` : ''}
        </Link>
      ),
    },
    { title: t('loans.subsidyPage.bank'), dataIndex: 'bankName' },
    { title: t('loans.staff.columns.amount'), key: 'm', align: 'right', render: (_, r) => formatFenYuan(r.amountFen) },
    { title: t('loans.rate'), key: 'r', align: 'right', render: (_, r) => `${percentOfBp(r.rateBp)}%` },
    { title: t('loans.interest'), key: 'i', align: 'right', render: (_, r) => formatFenYuan(r.interestFen) },
    { title: t('loans.subsidy'), key: 's', align: 'right', render: (_, r) => formatFenYuan(r.subsidyFen) },
  ];
  const q = data.data;
  return (
    <>
      <StaffPageHeader
        title={t('loans.subsidyPage.title')}
        parent={{ to: '/staff/loans', label: t('loans.staff.title') }}
      />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <label htmlFor="subsidy-quarter">{t('loans.subsidyPage.quarter')}</label>
            <Select<string>
              id="subsidy-quarter"
              style={{ minWidth: 160 }}
              value={quarter}
              onChange={setQuarter}
              options={quarters.map((x) => ({ value: x, label: x }))}
            />
            {canRecord && q && !q.recorded && (
              <Button
                type="primary"
                loading={record.isPending}
                data-testid="subsidy-record"
                onClick={() =>
                  record.mutate(quarter, {
                    onSuccess: () => void message.success(t('loans.staff.done')),
                    onError: (err) => setProblem(errorMessage(err)),
                  })
                }
              >
                {t('loans.subsidyPage.record')}
              </Button>
            )}
          </Space>
          {problem && <Alert type="error" showIcon title={problem} role="alert" />}
          {q && (
            <p data-testid="subsidy-total">
              {q.recorded
                ? t('loans.subsidyPage.recorded', {
                    by: q.recorded.by,
                    at: formatDateTime(q.recorded.at, currentLocale()),
                    count: q.items.length,
                    total: formatFenYuan(q.subsidyTotalFen),
                  })
                : t('loans.subsidyPage.notRecorded')}
            </p>
          )}
          <Table<Row>
            size="small"
            rowKey="loanId"
            columns={columns}
            dataSource={q?.items ?? []}
            loading={data.isLoading}
            scroll={{ x: 'max-content' }}
            pagination={{ pageSize: 50 }}
          />
        </Space>
      </Card>
    </>
  );
}
