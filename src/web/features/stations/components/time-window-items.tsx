import { Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';

/** The day, start, end and seats a station opens a time with: a bookable slot or an event. */
export function TimeWindowItems({ maxSeats }: { maxSeats: number }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="day" label={t('stations.staff.day')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="starts" label={t('stations.staff.starts')} rules={[{ required: true }]}>
        <Input type="time" />
      </Form.Item>
      <Form.Item name="ends" label={t('stations.staff.ends')} rules={[{ required: true }]}>
        <Input type="time" />
      </Form.Item>
      <Form.Item name="capacity" label={t('stations.staff.seats')} rules={[{ required: true }]}>
        <InputNumber min={1} max={maxSeats} />
      </Form.Item>
    </>
  );
}
