import { App, Button, Card, Descriptions, Form, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordPage } from '../../../components/record-page';
import { errorMessage } from '../../../lib/api-client';
import { useWorksAtDesk } from '../../../lib/auth';
import { useCheckInEvent } from '../api/check-in-event';
import type { Attendee, StaffEventDetail } from '../api/contracts';
import { useStaffEvent } from '../api/get-staff-event';

/** One event's console: its facts, the door (check-in by code), who holds a seat, who waits, who came. */
export function StaffEventPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const event = useStaffEvent(id);
  return (
    <RecordPage
      id={id}
      query={event}
      title={event.data?.title ?? t('stations.staffEvents.detail')}
      parent={{ to: '/staff/events', label: t('stations.staffEvents.title') }}
      backLabel={t('stations.staffEvents.backToList')}
    >
      {(e) => <EventView event={e} />}
    </RecordPage>
  );
}

function EventView({ event: e }: { event: StaffEventDetail }) {
  const { t } = useTranslation();
  const atDoor = useWorksAtDesk();
  const columns: TableColumnsType<Attendee> = [
    { title: t('stations.staff.resident'), dataIndex: 'residentName' },
    { title: t('stations.staff.phone'), dataIndex: 'residentPhone' },
    {
      title: t('stations.staff.appointmentStatus'),
      dataIndex: 'status',
      render: (v: Attendee['status'], a) => (
        <Tag>
          {t(`stations.events.statuses.${v}`)}
          {a.position != null ? ` · ${a.position}` : ''}
        </Tag>
      ),
    },
    {
      title: t('stations.staffEvents.checkedInAt'),
      dataIndex: 'checkedInAt',
      render: (v: string | null) =>
        v ? new Date(v).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—',
    },
  ];
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('stations.staffEvents.kind')}>
            {t(`stations.events.kinds.${e.kind}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('stations.staffEvents.station')}>{e.stationName}</Descriptions.Item>
          <Descriptions.Item label={t('stations.staff.day')}>
            {e.day} {e.starts}–{e.ends}
          </Descriptions.Item>
          <Descriptions.Item label={t('stations.staffEvents.seats')}>
            <span data-testid="seats-taken">
              {e.capacity - e.remaining} / {e.capacity}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('stations.staffEvents.waitlisted')}>{e.waitlisted}</Descriptions.Item>
          <Descriptions.Item label={t('stations.staffEvents.attended')}>
            <span data-testid="attended">{e.attended}</span>
          </Descriptions.Item>
          {e.booths != null && (
            <Descriptions.Item label={t('stations.staffEvents.booths')}>
              {e.boothsTaken} / {e.booths}：{e.employers.map((x) => x.name).join('、') || '—'}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {atDoor && <Door eventId={e.id} />}
      <Card title={t('stations.staffEvents.attendees')}>
        <Table<Attendee>
          rowKey="id"
          columns={columns}
          dataSource={e.attendees}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </Space>
  );
}

function Door({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const checkIn = useCheckInEvent();
  const [code, setCode] = useState('');
  return (
    <Card title={t('stations.staffEvents.door')}>
      <Form
        layout="inline"
        onFinish={() =>
          checkIn.mutate(
            { eventId, code: code.trim() },
            {
              onSuccess: (a) => {
                void message.success(t('stations.staff.checkedIn', { name: a.residentName }));
                setCode('');
              },
              onError: (err) => void message.error(errorMessage(err)),
            },
          )
        }
      >
        <Form.Item label={t('stations.staff.checkInCode')} htmlFor="door-code">
          <Input
            id="door-code"
            value={code}
            onChange={(ev) => setCode(ev.target.value)}
            inputMode="numeric"
            maxLength={6}
            placeholder={t('stations.staff.checkInPlaceholder')}
            style={{ width: 260 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={checkIn.isPending}>
          {t('stations.staff.checkIn')}
        </Button>
      </Form>
    </Card>
  );
}
