import { Alert, Button, Card, Descriptions, Skeleton, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { NotFoundResult } from '../../../components/not-found-result';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage, isApiError } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useEnterprise } from '../api/get-enterprise';
import { EnterpriseFormModal } from '../components/enterprise-form-modal';
import { VerifiedTag } from '../components/verified-tag';

export function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const enterpriseId = Number(useParams().id);
  const enterprise = useEnterprise(enterpriseId);
  const [editing, setEditing] = useState(false);
  const parent = { to: '/staff/enterprises', label: t('staff.enterprises.title') };

  if (!Number.isInteger(enterpriseId) || enterpriseId <= 0 || isApiError(enterprise.error, 'NOT_FOUND')) {
    return <NotFoundResult backTo={parent.to} backLabel={t('staff.enterprises.backToList')} />;
  }
  if (enterprise.isError) {
    return (
      <>
        <StaffPageHeader title={t('staff.enterprises.detailTitle')} parent={parent} />
        <Alert type="error" showIcon title={errorMessage(enterprise.error)} role="alert" />
      </>
    );
  }
  if (!enterprise.data) {
    return (
      <>
        <StaffPageHeader title={t('staff.enterprises.detailTitle')} parent={parent} />
        <Card>
          <Skeleton active />
        </Card>
      </>
    );
  }

  const data = enterprise.data;
  const items: DescriptionsProps['items'] = [
    { key: 'name', label: t('fields.enterpriseName'), children: data.name },
    { key: 'creditCode', label: t('fields.creditCode'), children: <span className="s-mono">{data.creditCode}</span> },
    { key: 'type', label: t('fields.enterpriseType'), children: t(`enterpriseTypes.${data.type}`) },
    { key: 'verified', label: t('fields.verified'), children: <VerifiedTag verified={data.verified} /> },
    {
      key: 'location',
      label: t('fields.location'),
      children: [data.communityName, data.areaName].filter(Boolean).join(' · '),
    },
    { key: 'establishedOn', label: t('fields.establishedOn'), children: data.establishedOn ?? '—' },
    { key: 'ownerName', label: t('fields.ownerName'), children: data.ownerName },
    {
      key: 'ownerPhone',
      label: t('fields.ownerPhone'),
      children: <span className="s-mono">{data.ownerPhoneMasked}</span>,
    },
    { key: 'createdAt', label: t('fields.createdAt'), children: formatDateTime(data.createdAt, currentLocale()) },
  ];

  return (
    <>
      <StaffPageHeader
        title={data.name}
        parent={parent}
        extra={
          <Button type="primary" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
        }
      />
      <Card>
        <Descriptions bordered column={{ xs: 1, sm: 1, md: 2 }} items={items} />
      </Card>
      <EnterpriseFormModal open={editing} enterprise={data} onClose={() => setEditing(false)} />
    </>
  );
}
