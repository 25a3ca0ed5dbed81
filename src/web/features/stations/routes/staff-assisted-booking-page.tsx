import { Alert, App, Button, Card, Form, Input, Radio, Select, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useBookForResident } from '../api/book-for-resident';
import type { Appointment, Slot } from '../api/contracts';
import { useStaffSlots } from '../api/list-staff-slots';
import { useStaffStations } from '../api/list-staff-stations';
import { ScrollRegion } from '../components/scroll-region';

/**
 * 代办 booking: an officer books a station's time for a resident without a smartphone, recording how she
 * agreed (a signed paper form, or aloud before a witness). Opened from the resident's page (代办 menu).
 */
export function StaffAssistedBookingPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const residentId = Number(useParams().residentId);
  const stations = useStaffStations();
  const [stationId, setStationId] = useState<number | null>(null);
  const slots = useStaffSlots(stationId);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [consentMethod, setConsentMethod] = useState<'paper' | 'verbal_witnessed' | null>(null);
  const [purpose, setPurpose] = useState('');
  // one key per attempt, sent again on a retry
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  const [booked, setBooked] = useState<Appointment | null>(null);
  const book = useBookForResident();
  const columns: TableColumnsType<Slot> = [
    { title: t('stations.staff.day'), dataIndex: 'day' },
    { title: t('stations.staff.time'), key: 'time', render: (_, s) => `${s.starts}–${s.ends}` },
    {
      title: t('stations.staff.service'),
      dataIndex: 'service',
      render: (v: Slot['service']) => t(`stations.services.${v}`),
    },
    { title: t('stations.assist.remaining'), dataIndex: 'remaining' },
  ];
  return (
    <>
      <StaffPageHeader title={t('stations.assist.title', { id: residentId })} />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('stations.assist.intro')} />
        {booked && (
          <Alert
            type="success"
            showIcon
            data-testid="assisted-booked"
            message={t('stations.assist.booked', {
              station: booked.stationName,
              day: booked.slot.day,
              time: booked.slot.starts,
            })}
          />
        )}
        <Card>
          <Form layout="vertical">
            <Form.Item label={t('stations.assist.station')} htmlFor="assist-station">
              <Select<number>
                id="assist-station"
                value={stationId ?? undefined}
                onChange={(v) => {
                  setStationId(v);
                  setSlot(null);
                }}
                options={(stations.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
                loading={stations.isFetching}
              />
            </Form.Item>
          </Form>
          {stationId !== null && (
            <ScrollRegion label={t('stations.assist.slot')}>
              <Table<Slot>
                rowKey="id"
                columns={columns}
                dataSource={(slots.data?.items ?? []).filter((s) => s.remaining > 0)}
                loading={slots.isFetching}
                pagination={false}
                rowSelection={{
                  type: 'radio',
                  selectedRowKeys: slot ? [slot.id] : [],
                  onChange: (_, rows) => setSlot(rows[0] ?? null),
                  getCheckboxProps: (s) => ({ 'aria-label': `${s.day} ${s.starts}` }),
                }}
              />
            </ScrollRegion>
          )}
          <Form layout="vertical" style={{ marginTop: 16 }}>
            <Form.Item label={t('stations.assist.consent')} required>
              <Radio.Group value={consentMethod} onChange={(e) => setConsentMethod(e.target.value)}>
                <Radio value="paper">{t('stations.assist.paper')}</Radio>
                <Radio value="verbal_witnessed">{t('stations.assist.verbal')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Form.Item label={t('stations.assist.purpose')} htmlFor="assist-purpose">
              <Input id="assist-purpose" maxLength={200} value={purpose} onChange={(e) => setPurpose(e.target.value)} />
            </Form.Item>
            <Button
              type="primary"
              disabled={!slot || !consentMethod || !Number.isInteger(residentId)}
              loading={book.isPending}
              onClick={() =>
                book.mutate(
                  { slotId: slot!.id, residentId, clientKey, consentMethod: consentMethod!, purpose: purpose.trim() },
                  {
                    onSuccess: (a) => {
                      setBooked(a);
                      setClientKey(crypto.randomUUID());
                      setSlot(null);
                    },
                    onError: (e) => void message.error(errorMessage(e)),
                  },
                )
              }
            >
              {t('stations.assist.book')}
            </Button>
          </Form>
        </Card>
      </Space>
    </>
  );
}
