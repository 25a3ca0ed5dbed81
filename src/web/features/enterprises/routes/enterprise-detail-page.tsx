import { Button, Card, Descriptions, type DescriptionsProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { RecordPage } from '../../../components/record-page';
import { StaffPageHeader } from '../../../components/staff-page-header';
import type { Enterprise } from '../../../lib/contracts';
import { formatDateTime, formatLocation } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useEnterprise } from '../api/get-enterprise';
import { EnterpriseFormModal } from '../components/enterprise-form-modal';
import { VerifiedTag } from '../components/verified-tag';

export function EnterpriseDetailPage() {
  const { t } = useTranslation();
  const enterpriseId = Number(useParams().id);
  const enterprise = useEnterprise(enterpriseId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const parent = { to: '/staff/enterprises', label: t('staff.enterprises.title') };

  const describe = (data: Enterprise): DescriptionsProps['items'] => [
    { key: 'name', label: t('fields.enterpriseName'), children: data.name },
    { key: 'creditCode', label: t('fields.creditCode'), children: <span className="s-mono">{data.creditCode}</span> },
    { key: 'type', label: t('fields.enterpriseType'), children: t(`enterpriseTypes.${data.type}`) },
    { key: 'verified', label: t('fields.verified'), children: <VerifiedTag verified={data.verified} /> },
    { key: 'location', label: t('fields.location'), children: formatLocation(data) },
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
    <RecordPage
      id={enterpriseId}
      query={enterprise}
      title={t('staff.enterprises.detailTitle')}
      parent={parent}
      backLabel={t('staff.enterprises.backToList')}
    >
      {(data) => (
        <>
          <StaffPageHeader
            title={data.name}
            parent={parent}
            extra={
              <>
                <Button onClick={() => void navigate(`/staff/enterprises/${data.id}/file`)}>
                  {t('personFile.enterpriseOpen')}
                </Button>
                <Button type="primary" onClick={() => setEditing(true)}>
                  {t('common.edit')}
                </Button>
              </>
            }
          />
          <Card>
            <Descriptions bordered column={{ xs: 1, sm: 1, md: 2 }} items={describe(data)} />
          </Card>
          <EnterpriseFormModal open={editing} enterprise={data} onClose={() => setEditing(false)} />
        </>
      )}
    </RecordPage>
  );
}
