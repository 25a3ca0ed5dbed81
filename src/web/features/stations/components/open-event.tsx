import { App, Button, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import type { EventInput, StationSummary } from '../api/contracts';
import { useCreateEvent } from '../api/create-event';
import { TimeWindowItems } from './time-window-items';

type Values = EventInput & { stationId: number };

/** Opens a 政策宣传推介会 or 招聘会 at one of the stations in reach; a fair has booths for employers. */
export function OpenEvent({ stations }: { stations: StationSummary[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  return (
    <>
      <Button type="primary" onClick={() => setOpen(true)} disabled={stations.length === 0}>
        {t('stations.staffEvents.open')}
      </Button>
      <Modal
        open={open}
        title={t('stations.staffEvents.open')}
        okText={t('stations.staffEvents.open')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        forceRender
      >
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            stationId: stations[0]?.id,
            kind: 'policy_briefing',
            starts: '14:00',
            ends: '16:00',
            capacity: 30,
            confirmHours: 24,
          }}
          onFinish={({ stationId, ...v }) =>
            create.mutate(
              { stationId, input: { ...v, booths: v.kind === 'job_fair' ? (v.booths ?? 10) : null } },
              {
                onSuccess: (e) => {
                  void message.success(t('stations.staffEvents.opened'));
                  setOpen(false);
                  void navigate(`/staff/events/${e.id}`);
                },
                onError: (e) => void message.error(errorMessage(e)),
              },
            )
          }
        >
          <Form.Item name="stationId" label={t('stations.staffEvents.station')} rules={[{ required: true }]}>
            <Select options={stations.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="kind" label={t('stations.staffEvents.kind')} rules={[{ required: true }]}>
            <Select
              options={(['policy_briefing', 'job_fair'] as const).map((k) => ({
                value: k,
                label: t(`stations.events.kinds.${k}`),
              }))}
            />
          </Form.Item>
          <Form.Item name="title" label={t('stations.staffEvents.eventTitle')} rules={[{ required: true, max: 80 }]}>
            <Input />
          </Form.Item>
          <Form.Item name="description" label={t('stations.staffEvents.description')} rules={[{ max: 1000 }]}>
            <Input.TextArea rows={2} />
          </Form.Item>
          <TimeWindowItems maxSeats={2000} />
          {kind === 'job_fair' && (
            <Form.Item name="booths" label={t('stations.staffEvents.booths')} rules={[{ required: true }]}>
              <InputNumber min={1} max={200} />
            </Form.Item>
          )}
          <Form.Item name="confirmHours" label={t('stations.staffEvents.confirmHours')} rules={[{ required: true }]}>
            <InputNumber min={1} max={72} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
