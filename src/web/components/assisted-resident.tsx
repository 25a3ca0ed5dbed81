import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../lib/api-client';
import type { ResidentDetail } from '../lib/contracts';
import { isRecordId } from '../lib/record-queries';

/** The resident a 代办 screen acts for, as the registry keeps her (phone masked; out of the officer's areas: 404). */
export function useAssistedResident(residentId: number) {
  return useQuery({
    queryKey: ['residents', 'detail', residentId],
    queryFn: ({ signal }) => api.get<ResidentDetail>(`/api/v1/residents/${residentId}`, { signal }),
    enabled: isRecordId(residentId),
    retry: false,
  });
}

/** Who a 代办 screen acts for: her name, masked phone and area, and a way to her whole file. */
export function AssistedResidentCard({ resident }: { resident: ResidentDetail }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Card
      size="small"
      title={<h2 className="s-card-title">{t('assisted.resident')}</h2>}
      extra={
        <Button onClick={() => void navigate(`/staff/residents/${resident.id}/file`)}>{t('assisted.openFile')}</Button>
      }
    >
      <Descriptions
        size="small"
        items={[
          { key: 'name', label: t('fields.name'), children: resident.name },
          {
            key: 'phone',
            label: t('fields.phone'),
            children: <span className="s-mono">{resident.phoneMasked}</span>,
          },
          { key: 'area', label: t('fields.location'), children: resident.areaName },
        ]}
      />
    </Card>
  );
}
