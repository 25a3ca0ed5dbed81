import { Card, Progress, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StationsOverview } from '../api/contracts';
import { useStationsOverview } from '../api/get-stations-overview';
import { ScrollRegion } from './scroll-region';

type Week = StationsOverview['capacity'][number];
type EventUse = StationsOverview['events'][number];

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100));

/** The street's view: places booked ÷ places offered per station and week, and each event's seats, attendance and waitlist. */
export function StationsOverviewCards() {
  const { t } = useTranslation();
  const overview = useStationsOverview();
  const weeks: TableColumnsType<Week> = [
    { title: t('stations.staff.name'), dataIndex: 'stationName' },
    { title: t('stations.overview.week'), dataIndex: 'week' },
    { title: t('stations.overview.booked'), dataIndex: 'booked' },
    { title: t('stations.overview.seats'), dataIndex: 'seats' },
    {
      title: t('stations.overview.use'),
      key: 'use',
      render: (_, r) => (
        <Progress
          percent={percent(r.booked, r.seats)}
          size="small"
          style={{ minWidth: 100 }}
          aria-label={`${r.stationName} ${r.week} ${t('stations.overview.use')}`}
        />
      ),
    },
  ];
  const events: TableColumnsType<EventUse> = [
    { title: t('stations.overview.day'), dataIndex: 'day' },
    { title: t('stations.overview.event'), dataIndex: 'title' },
    { title: t('stations.staff.name'), dataIndex: 'stationName' },
    { title: t('stations.overview.seatsOfEvent'), dataIndex: 'capacity' },
    { title: t('stations.overview.registered'), dataIndex: 'registered' },
    { title: t('stations.overview.attended'), dataIndex: 'attended' },
    { title: t('stations.overview.waitlisted'), dataIndex: 'waitlisted' },
  ];
  return (
    <>
      <Card title={t('stations.overview.capacity')}>
        <ScrollRegion label={t('stations.overview.capacity')}>
          <Table<Week>
            rowKey={(r) => `${r.stationId}-${r.week}`}
            columns={weeks}
            dataSource={overview.data?.capacity ?? []}
            loading={overview.isFetching}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            data-testid="capacity-use"
          />
        </ScrollRegion>
      </Card>
      <Card title={t('stations.overview.events')}>
        <ScrollRegion label={t('stations.overview.events')}>
          <Table<EventUse>
            rowKey="id"
            columns={events}
            dataSource={overview.data?.events ?? []}
            loading={overview.isFetching}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            data-testid="event-use"
          />
        </ScrollRegion>
      </Card>
    </>
  );
}
