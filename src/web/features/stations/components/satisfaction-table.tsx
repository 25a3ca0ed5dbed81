import { Typography, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SatisfactionRow } from '../api/contracts';
import { useSatisfaction } from '../api/get-satisfaction';
import { ScrollRegion } from './scroll-region';

/** The satisfaction rate per month and station (4–5 of 5 counts as satisfied), with follow-ups still open. */
export function SatisfactionTable({ stationId }: { stationId?: number }) {
  const { t } = useTranslation();
  const report = useSatisfaction();
  const rows = (report.data?.items ?? []).filter((r) => stationId === undefined || r.stationId === stationId);
  const columns: TableColumnsType<SatisfactionRow> = [
    { title: t('stations.staff.month'), dataIndex: 'month' },
    {
      title: t('stations.staff.name'),
      dataIndex: 'stationName',
      render: (v: string | null) => v ?? t('stations.followUps.decision'),
    },
    { title: t('stations.staff.community'), dataIndex: 'communityName', render: (v: string | null) => v ?? '—' },
    { title: t('stations.staff.rated'), dataIndex: 'rated' },
    { title: t('stations.staff.satisfied'), dataIndex: 'satisfied' },
    {
      title: t('stations.staff.rate'),
      key: 'rate',
      render: (_, r) => `${Math.round((r.satisfied / r.rated) * 100)}%`,
    },
    { title: t('stations.staff.average'), dataIndex: 'averageScore' },
    { title: t('stations.staff.followUps'), dataIndex: 'openFollowUps' },
  ];
  return (
    <ScrollRegion label={t('stations.staff.satisfaction')}>
      <Table<SatisfactionRow>
        rowKey={(r) => `${r.month}-${r.stationId ?? `c${r.communityId}`}`}
        columns={columns}
        dataSource={rows}
        loading={report.isFetching}
        pagination={false}
        locale={{ emptyText: <Typography.Text>{t('stations.staff.noRatings')}</Typography.Text> }}
      />
    </ScrollRegion>
  );
}
