import { App, Button, Card, Form, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-client';
import { useCallNextTicket } from '../api/call-next-ticket';
import type { QueueTicket, StationDetail, StationService } from '../api/contracts';
import { useStationQueue } from '../api/get-station-queue';
import { useServeTicket } from '../api/serve-ticket';
import { useTakeQueueNumber } from '../api/take-queue-number';
import { ServiceRecordModal } from './service-record-modal';

/** Today's walk-ins at the desk: give a number, call the next, write what was done. */
export function WalkInQueue({ station }: { station: StationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queue = useStationQueue(station.id);
  const take = useTakeQueueNumber(station.id);
  const callNext = useCallNextTicket(station.id);
  const [serving, setServing] = useState<QueueTicket | null>(null);
  const [form] = Form.useForm<{ service: StationService; name: string }>();
  const fail = (e: unknown) => void message.error(errorMessage(e));
  const waiting = (queue.data?.items ?? []).filter((q) => q.status === 'waiting').length;
  const columns: TableColumnsType<QueueTicket> = [
    { title: t('stations.queue.number'), dataIndex: 'number', render: (n: number) => <strong>{n}</strong> },
    { title: t('stations.queue.name'), dataIndex: 'name' },
    {
      title: t('stations.staff.service'),
      dataIndex: 'service',
      render: (v: StationService) => t(`stations.services.${v}`),
    },
    {
      title: t('stations.staff.appointmentStatus'),
      dataIndex: 'status',
      render: (v: QueueTicket['status']) => <Tag>{t(`stations.queue.statuses.${v}`)}</Tag>,
    },
    {
      title: '',
      key: 'actions',
      render: (_, q) =>
        q.status === 'called' && (
          <Button size="small" type="primary" onClick={() => setServing(q)}>
            {t('stations.staff.record')}
          </Button>
        ),
    },
  ];
  return (
    <Card title={`${t('stations.queue.title')} · ${queue.data?.day ?? ''}`}>
      <Space wrap style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ service: station.services[0] }}
          onFinish={(v) =>
            take.mutate(v, {
              onSuccess: (q) => {
                void message.success(t('stations.queue.taken', { number: q.number, name: q.name }));
                form.resetFields(['name']);
              },
              onError: fail,
            })
          }
        >
          <Form.Item name="service" label={t('stations.staff.service')} htmlFor="walk-in-service">
            <Select
              id="walk-in-service"
              style={{ width: 160 }}
              options={station.services.map((s) => ({ value: s, label: t(`stations.services.${s}`) }))}
            />
          </Form.Item>
          <Form.Item
            name="name"
            label={t('stations.queue.name')}
            htmlFor="walk-in-name"
            rules={[{ required: true, max: 40 }]}
          >
            <Input id="walk-in-name" style={{ width: 160 }} />
          </Form.Item>
          <Button htmlType="submit" loading={take.isPending}>
            {t('stations.queue.take')}
          </Button>
        </Form>
        <Button
          type="primary"
          disabled={waiting === 0}
          loading={callNext.isPending}
          onClick={() =>
            callNext.mutate(undefined, {
              onSuccess: (q) => {
                void message.success(t('stations.queue.called', { number: q.number, name: q.name }));
                setServing(q);
              },
              onError: fail,
            })
          }
        >
          {t('stations.queue.callNext', { count: waiting })}
        </Button>
      </Space>
      <Table<QueueTicket>
        rowKey="id"
        columns={columns}
        dataSource={queue.data?.items ?? []}
        loading={queue.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {serving && <ServeModal stationId={station.id} ticket={serving} onClose={() => setServing(null)} />}
    </Card>
  );
}

function ServeModal({ stationId, ticket, onClose }: { stationId: number; ticket: QueueTicket; onClose: () => void }) {
  const save = useServeTicket(stationId);
  return <ServiceRecordModal who={`${ticket.number} ${ticket.name}`} id={ticket.id} save={save} onClose={onClose} />;
}
