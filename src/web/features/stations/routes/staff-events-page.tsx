import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { useMe } from '../../../lib/auth';
import type { StationEvent } from '../api/contracts';
import { useStaffEvents } from '../api/list-staff-events';
import { useStaffStations } from '../api/list-staff-stations';
import { OpenEvent } from '../components/open-event';

/** The events of the stations in reach: seats, waitlists, a fair's booths; the street and agents open new ones. */
export function StaffEventsPage() {
  const { t } = useTranslation();
  const role = useMe().data?.role;
  const events = useStaffEvents();
  const stations = useStaffStations();
  const columns: TableColumnsType<StationEvent> = [
    {
      title: t('stations.staffEvents.eventTitle'),
      dataIndex: 'title',
      render: (title: string, row) => <Link to={`/staff/events/${row.id}`}>{title}</Link>,
    },
    {
      title: t('stations.staffEvents.kind'),
      dataIndex: 'kind',
      render: (k: StationEvent['kind']) => t(`stations.events.kinds.${k}`),
    },
    { title: t('stations.staffEvents.station'), dataIndex: 'stationName' },
    { title: t('stations.staff.day'), key: 'when', render: (_, e) => `${e.day} ${e.starts}–${e.ends}` },
    {
      title: t('stations.staffEvents.seats'),
      key: 'seats',
      render: (_, e) => `${e.capacity - e.remaining} / ${e.capacity}`,
    },
    { title: t('stations.staffEvents.waitlisted'), dataIndex: 'waitlisted' },
    {
      title: t('stations.staffEvents.booths'),
      key: 'booths',
      render: (_, e) => (e.booths == null ? '—' : `${e.boothsTaken} / ${e.booths}`),
    },
  ];
  const keeper = role === 'street_officer' || role === 'station_agent';
  return (
    <>
      <StaffPageHeader
        title={t('stations.staffEvents.title')}
        extra={keeper ? <OpenEvent stations={stations.data?.items ?? []} /> : undefined}
      />
      <Card>
        <Table<StationEvent>
          rowKey="id"
          columns={columns}
          dataSource={events.data?.items ?? []}
          loading={events.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}
