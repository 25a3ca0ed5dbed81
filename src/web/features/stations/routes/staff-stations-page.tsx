import { Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import type { StationSummary } from '../api/contracts';
import { useStaffStations } from '../api/list-staff-stations';
import { openingsText } from '../components/hours';
import { SatisfactionTable } from '../components/satisfaction-table';
import { StationsOverviewCards } from '../components/stations-overview';

/** The stations in reach: the street sees all, a community its own point, an agent her station. */
export function StaffStationsPage() {
  const { t } = useTranslation();
  const stations = useStaffStations();
  const columns: TableColumnsType<StationSummary> = [
    {
      title: t('stations.staff.name'),
      dataIndex: 'name',
      render: (name: string, row) => <Link to={`/staff/stations/${row.id}`}>{name}</Link>,
    },
    {
      title: t('stations.staff.kind'),
      dataIndex: 'kind',
      render: (k: StationSummary['kind']) => t(`stations.kinds.${k}`),
    },
    { title: t('stations.staff.area'), dataIndex: 'areaName' },
    {
      title: t('stations.station.services'),
      dataIndex: 'services',
      render: (v: StationSummary['services']) => v.map((s) => t(`stations.services.${s}`)).join('、'),
    },
    {
      title: t('stations.staff.today'),
      dataIndex: 'today',
      render: (v: StationSummary['today']) => (v.length ? openingsText(v) : t('stations.closedToday')),
    },
    {
      title: t('stations.staff.status'),
      dataIndex: 'openNow',
      render: (open: boolean) => (
        <Tag color={open ? 'green' : 'default'}>{open ? t('stations.openNow') : t('stations.closedNow')}</Tag>
      ),
    },
  ];
  return (
    <>
      <StaffPageHeader title={t('stations.staff.title')} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Table<StationSummary>
            rowKey="id"
            columns={columns}
            dataSource={stations.data?.items ?? []}
            loading={stations.isFetching}
            pagination={false}
            scroll={{ x: 'max-content' }}
          />
        </Card>
        <StationsOverviewCards />
        <Card
          title={t('stations.staff.satisfaction')}
          extra={<Link to="/staff/stations/follow-ups">{t('stations.overview.followUps')}</Link>}
        >
          <SatisfactionTable />
        </Card>
      </Space>
    </>
  );
}
