import { Alert, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RecordPage } from '../../../components/record-page';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { type EnterpriseFile, yuan } from '../../../lib/contracts';
import { formatLocation } from '../../../lib/format';
import { useEnterpriseFile } from '../api/get-enterprise-file';
import { BenefitsSections } from '../components/benefits-sections';
import { FileSection } from '../components/file-section';
import '../person-file.css';

type Row<K extends keyof EnterpriseFile, S extends string> =
  EnterpriseFile[K] extends Record<S, (infer R)[]> ? R : never;

/** An enterprise's whole file: posts, hires, micro-factories, settlements by month, policies and awards. */
export function EnterpriseFilePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const file = useEnterpriseFile(id);

  return (
    <RecordPage
      id={id}
      query={file}
      title={t('personFile.enterpriseOpen')}
      parent={{ to: '/staff/enterprises', label: t('staff.enterprises.title') }}
      backLabel={t('staff.enterprises.backToList')}
    >
      {(data) => (
        <div className="pf-page">
          <StaffPageHeader
            title={t('personFile.enterpriseTitle', { name: data.enterprise.name })}
            parent={{ to: `/staff/enterprises/${id}`, label: t('staff.enterprises.detailTitle') }}
          />
          <Alert type="info" showIcon role="note" title={t('personFile.audited')} />
          <Card
            className="pf-section"
            size="small"
            title={<h2 className="pf-section__title">{t('personFile.profile')}</h2>}
          >
            <Descriptions
              bordered
              size="small"
              column={{ xs: 1, sm: 1, md: 2 }}
              items={[
                {
                  key: 'name',
                  label: t('fields.name'),
                  children: <Link to={`/staff/enterprises/${data.enterprise.id}`}>{data.enterprise.name}</Link>,
                },
                {
                  key: 'type',
                  label: t('fields.enterpriseType'),
                  children: t(`enterpriseTypes.${data.enterprise.type}`),
                },
                { key: 'creditCode', label: t('fields.creditCode'), children: data.enterprise.creditCode },
                { key: 'owner', label: t('fields.ownerName'), children: data.enterprise.ownerName },
                {
                  key: 'ownerPhone',
                  label: t('fields.ownerPhone'),
                  children: <span className="s-mono">{data.enterprise.ownerPhoneMasked}</span>,
                },
                { key: 'location', label: t('fields.location'), children: formatLocation(data.enterprise) },
              ]}
            />
          </Card>

          <FileSection<Row<'jobs', 'posts'>>
            id="posts"
            title={t('personFile.posts')}
            rows={data.jobs.posts}
            rowKey={(r) => r.id}
            columns={[
              { title: t('personFile.columns.post'), dataIndex: 'title' },
              {
                title: t('personFile.columns.status'),
                dataIndex: 'status',
                render: (s: Row<'jobs', 'posts'>['status']) => t(`jobs.postStatuses.${s}`),
              },
              {
                title: t('personFile.columns.mother'),
                dataIndex: 'motherStatus',
                render: (s: Row<'jobs', 'posts'>['motherStatus']) => t(`jobs.motherStatuses.${s}`),
              },
              { title: t('personFile.columns.headcount'), dataIndex: 'headcount', align: 'right' },
              { title: t('personFile.columns.applications'), dataIndex: 'applications', align: 'right' },
              { title: t('personFile.columns.validUntil'), dataIndex: 'validUntil' },
            ]}
          />

          <FileSection<Row<'jobs', 'hires'>>
            id="hires"
            title={t('personFile.hires')}
            rows={data.jobs.hires}
            rowKey={(r) => `${r.residentId}-${r.startDate}-${r.title}`}
            columns={[
              {
                title: t('personFile.columns.resident'),
                key: 'resident',
                render: (_, r) => <Link to={`/staff/residents/${r.residentId}/file`}>{r.residentName}</Link>,
              },
              { title: t('personFile.columns.post'), dataIndex: 'title', render: (v: string) => v || '—' },
              { title: t('personFile.columns.start'), dataIndex: 'startDate' },
              { title: t('personFile.columns.end'), dataIndex: 'endDate', render: (v: string | null) => v ?? '—' },
              {
                title: t('personFile.columns.source'),
                dataIndex: 'throughPlatform',
                render: (p: boolean) => t(p ? 'personFile.throughPlatform' : 'personFile.recorded'),
              },
            ]}
          />

          <FileSection<Row<'piecework', 'factories'>>
            id="factories"
            title={t('personFile.enterpriseFactories')}
            rows={data.piecework.factories}
            rowKey={(r) => r.id}
            columns={[
              {
                title: t('personFile.columns.factory'),
                key: 'factory',
                render: (_, r) => <Link to="/staff/piecework">{r.name}</Link>,
              },
              {
                title: t('personFile.columns.status'),
                dataIndex: 'status',
                render: (s: Row<'piecework', 'factories'>['status']) => t(`piecework.factoryStatus.${s}`),
              },
              { title: t('personFile.columns.workers'), dataIndex: 'workers', align: 'right' },
            ]}
          />

          <FileSection<Row<'piecework', 'months'>>
            id="settlements"
            title={t('personFile.settlements')}
            rows={data.piecework.months}
            rowKey={(r) => `${r.month}-${r.factoryId}`}
            columns={[
              { title: t('personFile.columns.month'), dataIndex: 'month' },
              {
                title: t('personFile.columns.factory'),
                key: 'factory',
                render: (_, r) => <Link to="/staff/piecework/wages">{r.factoryName}</Link>,
              },
              { title: t('personFile.columns.days'), dataIndex: 'days', align: 'right' },
              { title: t('personFile.columns.total'), dataIndex: 'totalFen', align: 'right', render: yuan },
              { title: t('personFile.columns.paid'), dataIndex: 'paidFen', align: 'right', render: yuan },
              { title: t('personFile.columns.unpaidDays'), dataIndex: 'unpaidDays', align: 'right' },
              {
                title: t('personFile.columns.lastStatus'),
                dataIndex: 'lastStatus',
                render: (s: Row<'piecework', 'months'>['lastStatus']) => t(`piecework.settlementStatus.${s}`),
              },
            ]}
          />

          <BenefitsSections benefits={data.benefits} showOnBehalf={false} />
        </div>
      )}
    </RecordPage>
  );
}
