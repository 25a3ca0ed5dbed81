import { App, Button, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-client';
import type { SlotInput, StationDetail } from '../api/contracts';
import { useCreateSlot } from '../api/create-slot';
import { TimeWindowItems } from './time-window-items';

/** Opens a bookable time for one of the station's services; the server holds it to the hours and closures. */
export function OpenSlot({ station }: { station: StationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreateSlot(station.id);
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<SlotInput>();
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('stations.staff.openSlot')}</Button>
      <Modal
        open={open}
        title={t('stations.staff.openSlot')}
        okText={t('stations.staff.openSlot')}
        confirmLoading={create.isPending}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
      >
        <Form<SlotInput>
          form={form}
          layout="vertical"
          initialValues={{ service: station.services[0], starts: '09:00', ends: '09:30', capacity: 3 }}
          onFinish={(v) =>
            create.mutate(v, {
              onSuccess: () => {
                void message.success(t('stations.staff.slotOpened'));
                setOpen(false);
              },
              onError: (e) => void message.error(errorMessage(e)),
            })
          }
        >
          <Form.Item name="service" label={t('stations.staff.service')} rules={[{ required: true }]}>
            <Select options={station.services.map((s) => ({ value: s, label: t(`stations.services.${s}`) }))} />
          </Form.Item>
          <TimeWindowItems maxSeats={500} />
        </Form>
      </Modal>
    </>
  );
}
