import {
  Typography,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordPage } from '../../../components/record-page';
import { errorMessage } from '../../../lib/api-client';
import { useWorksAtDesk } from '../../../lib/auth';
import { useCheckIn } from '../api/check-in';
import type { Appointment, StationDay, StationDetail } from '../api/contracts';
import { useNoShow } from '../api/mark-no-show';
import { useServiceRecord } from '../api/record-service';
import { useStaffStation } from '../api/get-staff-station';
import { useStationDay } from '../api/get-station-day';
import { weekLines } from '../components/hours';
import { OpenSlot } from '../components/open-slot';
import { ServiceRecordModal } from '../components/service-record-modal';
import { WalkInQueue } from '../components/walk-in-queue';
import { SatisfactionTable } from '../components/satisfaction-table';

/** One station: its place, hours and staff; today's desk (check-in by code, service records, no-shows); its ratings. */
export function StaffStationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const station = useStaffStation(id);
  return (
    <RecordPage
      id={id}
      query={station}
      title={station.data?.name ?? t('stations.staff.detail')}
      parent={{ to: '/staff/stations', label: t('stations.staff.title') }}
      backLabel={t('stations.staff.backToList')}
    >
      {(s) => <StationView station={s} />}
    </RecordPage>
  );
}

function StationView({ station: s }: { station: StationDetail }) {
  const { t } = useTranslation();
  const atDesk = useWorksAtDesk();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('stations.staff.kind')}>{t(`stations.kinds.${s.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('stations.staff.area')}>{s.areaName}</Descriptions.Item>
          <Descriptions.Item label={t('stations.station.address')}>{s.address}</Descriptions.Item>
          <Descriptions.Item label={t('stations.station.phone')}>{s.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('stations.station.hours')}>{weekLines(s.hours, t).join('；')}</Descriptions.Item>
          <Descriptions.Item label={t('stations.station.closures')}>
            {s.closures.map((c) => `${c.day} ${c.reason}`).join('、') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('stations.station.services')}>
            {s.services.map((v) => t(`stations.services.${v}`)).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={t('stations.staff.staff')}>
            {s.staff.map((p) => p.name).join('、') || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {atDesk && (
        <div>
          <OpenSlot station={s} />
        </div>
      )}
      {atDesk && <Desk stationId={s.id} />}
      {atDesk && <WalkInQueue station={s} />}
      <Card title={t('stations.staff.satisfaction')}>
        <SatisfactionTable stationId={s.id} />
      </Card>
    </Space>
  );
}

type Row = Appointment & { slotLabel: string };

function Desk({ stationId }: { stationId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const day = useStationDay(stationId);
  const checkIn = useCheckIn(stationId);
  const noShow = useNoShow(stationId);
  const [code, setCode] = useState('');
  const [recording, setRecording] = useState<Appointment | null>(null);
  const fail = (e: unknown) => void message.error(errorMessage(e));
  const rows: Row[] = (day.data?.slots ?? []).flatMap((slot: StationDay['slots'][number]) =>
    slot.appointments.map((a) => ({
      ...a,
      slotLabel: `${slot.starts}–${slot.ends} ${t(`stations.services.${slot.service}`)}`,
    })),
  );
  const columns: TableColumnsType<Row> = [
    { title: t('stations.staff.time'), dataIndex: 'slotLabel' },
    { title: t('stations.staff.resident'), dataIndex: 'residentName' },
    { title: t('stations.staff.phone'), dataIndex: 'residentPhone' },
    {
      title: t('stations.staff.appointmentStatus'),
      dataIndex: 'status',
      render: (v: Appointment['status']) => <Tag>{t(`stations.statuses.${v}`)}</Tag>,
    },
    { title: t('stations.station.purpose'), dataIndex: 'purpose' },
    {
      title: '',
      key: 'actions',
      fixed: 'right',
      render: (_, a) => (
        <Space>
          {a.status === 'checked_in' && (
            <Button size="small" type="primary" onClick={() => setRecording(a)}>
              {t('stations.staff.record')}
            </Button>
          )}
          {a.status === 'booked' && (
            <Button
              size="small"
              onClick={() =>
                noShow.mutate(a.id, {
                  onSuccess: () => void message.success(t('stations.staff.markedNoShow')),
                  onError: fail,
                })
              }
            >
              {t('stations.staff.noShow')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  const submitCode = () =>
    checkIn.mutate(code.trim(), {
      onSuccess: (a) => {
        void message.success(t('stations.staff.checkedIn', { name: a.residentName }));
        setCode('');
        setRecording(a);
      },
      onError: fail,
    });
  return (
    <Card title={`${t('stations.staff.desk')} · ${day.data?.day ?? ''}`}>
      <Form layout="inline" onFinish={submitCode} style={{ marginBottom: 16 }}>
        <Form.Item label={t('stations.staff.checkInCode')} htmlFor="check-in-code">
          <Input
            id="check-in-code"
            value={code}
            onChange={(e) => setCode(e.target.value)}
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
      <Table<Row>
        rowKey="id"
        columns={columns}
        dataSource={rows}
        loading={day.isFetching}
        pagination={false}
        locale={{ emptyText: <Typography.Text>{t('stations.staff.noSlotsToday')}</Typography.Text> }}
        scroll={{ x: 'max-content' }}
      />
      {recording && <RecordModal stationId={stationId} appointment={recording} onClose={() => setRecording(null)} />}
    </Card>
  );
}

function RecordModal({
  stationId,
  appointment,
  onClose,
}: {
  stationId: number;
  appointment: Appointment;
  onClose: () => void;
}) {
  const save = useServiceRecord(stationId);
  return <ServiceRecordModal who={appointment.residentName} id={appointment.id} save={save} onClose={onClose} />;
}
