import { Alert, Button, Card, Descriptions, Space, Tag, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { AssistedActions } from '../../../components/assisted-actions';
import { RecordPage } from '../../../components/record-page';
import { StaffPageHeader } from '../../../components/staff-page-header';
import type { ResidentDetail, RevealResult } from '../../../lib/contracts';
import { formatDateTime, formatLocation } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useResident } from '../api/get-resident';
import { RevealModal } from '../components/reveal-modal';
import { ResidentFormModal } from '../components/resident-form-modal';

export function ResidentDetailPage() {
  const { t } = useTranslation();
  const residentId = Number(useParams().id);
  const resident = useResident(residentId);
  const navigate = useNavigate();
  const [revealing, setRevealing] = useState(false);
  const [editing, setEditing] = useState(false);
  const [revealed, setRevealed] = useState<RevealResult | null>(null);
  const parent = { to: '/staff/residents', label: t('staff.residents.title') };

  const describe = (data: ResidentDetail): DescriptionsProps['items'] => {
    const locale = currentLocale();
    return [
      { key: 'name', label: t('fields.name'), children: data.name },
      { key: 'gender', label: t('fields.gender'), children: data.gender ? t(`gender.${data.gender}`) : '—' },
      { key: 'birthDate', label: t('fields.birthDate'), children: data.birthDate ?? '—' },
      {
        key: 'phone',
        label: t('fields.phone'),
        children: <span className="s-mono">{revealed?.phone ?? data.phoneMasked}</span>,
      },
      {
        key: 'idNumber',
        label: t('fields.idNumber'),
        children: <span className="s-mono">{revealed?.idNumber ?? data.idNumberMasked ?? '—'}</span>,
      },
      { key: 'location', label: t('fields.location'), children: formatLocation(data) },
      { key: 'hukouArea', label: t('fields.hukouArea'), children: data.hukouArea ?? '—' },
      {
        key: 'labels',
        label: t('fields.labels'),
        children:
          data.labels.length > 0
            ? data.labels.map((label) => (
                <Tag key={label} color="blue">
                  {t(`labels.${label}`)}
                </Tag>
              ))
            : '—',
      },
      { key: 'createdAt', label: t('fields.createdAt'), children: formatDateTime(data.createdAt, locale) },
      { key: 'createdBy', label: t('fields.createdBy'), children: data.createdBy ?? '—' },
      { key: 'updatedAt', label: t('fields.updatedAt'), children: formatDateTime(data.updatedAt, locale) },
    ];
  };

  return (
    <RecordPage
      id={residentId}
      query={resident}
      title={t('staff.residents.detailTitle')}
      parent={parent}
      backLabel={t('staff.residents.backToList')}
    >
      {(data) => (
        <>
          <StaffPageHeader
            title={data.name}
            parent={parent}
            extra={
              <>
                <Button onClick={() => void navigate(`/staff/residents/${data.id}/file`)}>
                  {t('personFile.open')}
                </Button>
                <AssistedActions residentId={data.id} />
                <Button onClick={() => setRevealing(true)} data-testid="reveal-resident">
                  {t('staff.residents.reveal')}
                </Button>
                <Button type="primary" onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </Button>
              </>
            }
          />
          {revealed && (
            <Alert
              type="warning"
              showIcon
              role="status"
              title={t('staff.residents.revealedNotice')}
              action={
                <Space>
                  <Button size="small" onClick={() => setRevealed(null)}>
                    {t('common.hide')}
                  </Button>
                </Space>
              }
              style={{ marginBottom: 16 }}
            />
          )}
          <Card>
            <Descriptions bordered column={{ xs: 1, sm: 1, md: 2 }} items={describe(data)} />
          </Card>
          <RevealModal
            residentId={data.id}
            open={revealing}
            onClose={() => setRevealing(false)}
            onRevealed={setRevealed}
          />
          <ResidentFormModal
            open={editing}
            resident={data}
            onClose={() => setEditing(false)}
            // Shown values may be out of date after an edit; the officer can ask again.
            onSaved={() => setRevealed(null)}
          />
        </>
      )}
    </RecordPage>
  );
}
