import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../lib/api-client';
import type { ResidentDetail } from '../lib/contracts';
import { isRecordId } from '../lib/record-queries';
import { RecordPage } from './record-page';
import { StaffPageHeader } from './staff-page-header';

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

/**
 * A 代办 screen for the resident in the URL (`:residentId`): its title with her name, under her page, what the
 * screen is for, who it acts for, then the capability's own parts. Out of the officer's areas: "not found".
 */
export function AssistedFrame({
  heading,
  title,
  intro,
  children,
}: {
  /** What the screen is, before her record has loaded. */
  heading: string;
  title: (name: string) => string;
  intro: string;
  children: (resident: ResidentDetail) => ReactNode;
}) {
  const { t } = useTranslation();
  const residentId = Number(useParams().residentId);
  const resident = useAssistedResident(residentId);
  return (
    <RecordPage
      id={residentId}
      query={resident}
      title={heading}
      parent={{ to: '/staff/residents', label: t('staff.residents.title') }}
      backLabel={t('staff.residents.backToList')}
    >
      {(r) => (
        <>
          <StaffPageHeader title={title(r.name)} parent={{ to: `/staff/residents/${r.id}`, label: r.name }} />
          <Space direction="vertical" size="large" style={{ width: '100%' }}>
            <p>{intro}</p>
            <AssistedResidentCard resident={r} />
            {children(r)}
          </Space>
        </>
      )}
    </RecordPage>
  );
}
