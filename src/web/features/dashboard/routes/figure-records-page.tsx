import { Alert, Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import type { FigureRecords } from '../../../lib/contracts';
import { currentLocale } from '../../../lib/i18n';
import { useListParams } from '../../../lib/use-list-params';
import { dashboardSearch } from '../api/get-dashboard';
import { useFigureRecords } from '../api/get-figure-records';
import { formatFigure } from '../components/figure-value';
import '../dashboard.css';

type Item = FigureRecords['items'][number];

/** The records that make one figure (personal data masked), each opening its record or the person's whole file. */
export function FigureRecordsPage() {
  const { t } = useTranslation();
  const id = useParams().id ?? '';
  const { values, page, update } = useListParams(['area', 'from', 'to'], 50);
  const params = { area: values.area ? Number(values.area) : undefined, from: values.from, to: values.to };
  const records = useFigureRecords(id, { ...params, page });
  const data = records.data;
  const locale = currentLocale();
  const back = { to: `/staff/dashboard?${dashboardSearch(params)}`, label: t('dashboard.title') };
  const columns: TableColumnsType<Item> = [
    { key: 'day', title: t('dashboard.records.day'), dataIndex: 'day', width: 120 },
    { key: 'area', title: t('dashboard.records.areaName'), dataIndex: 'areaName', width: 160 },
    {
      key: 'title',
      title: t('dashboard.records.record'),
      render: (_, row) => (
        <Link to={row.link} aria-label={`${t('dashboard.records.open')}：${row.title}`}>
          {row.title}
        </Link>
      ),
    },
    { key: 'detail', title: t('dashboard.records.detail'), dataIndex: 'detail' },
    ...(data && data.figure.unit !== 'count'
      ? [
          {
            key: 'amount',
            title: t(data.figure.unit === 'fen' ? 'dashboard.records.amount' : 'dashboard.records.quantity'),
            align: 'right' as const,
            render: (_: unknown, row: Item) => formatFigure(row.amount, data.figure.unit, locale),
          },
        ]
      : []),
  ];
  return (
    <div className="db-page">
      <StaffPageHeader
        title={data ? t('dashboard.records.title', { label: data.figure.label }) : t('dashboard.title')}
        parent={back}
      />
      {records.isError && <Alert type="error" showIcon title={errorMessage(records.error)} />}
      {data && (
        <Card size="small">
          <p className="db-records__summary">
            {t('dashboard.records.summary', {
              area: data.area.name,
              from: data.from,
              to: data.to,
              count: data.count,
              total: formatFigure(data.total, data.figure.unit, locale),
            })}
          </p>
          <Table<Item>
            size="small"
            rowKey="key"
            columns={columns}
            dataSource={data.items}
            loading={records.isFetching}
            scroll={{ x: 640 }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.count,
              showSizeChanger: false,
              onChange: (next) => update({ page: next }),
            }}
          />
        </Card>
      )}
    </div>
  );
}
