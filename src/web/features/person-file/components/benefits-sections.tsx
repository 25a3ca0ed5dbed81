import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ResidentFile, yuan } from '../../../lib/contracts';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { FileSection } from './file-section';

type Benefits = Pick<ResidentFile['benefits'], 'results' | 'applications' | 'awards'>;
type Result = Benefits['results'][number];
type Application = Benefits['applications'][number];
type Award = Benefits['awards'][number];

/**
 * A whole file's policy sections, the same for a resident and an enterprise: the policies found for them,
 * their applications and their awards. A resident's applications also say who filed one for her (代办).
 */
export function BenefitsSections({ benefits, showOnBehalf }: { benefits: Benefits; showOnBehalf: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const when = (iso: string) => formatDateTime(iso, locale);
  return (
    <>
      <FileSection<Result>
        id="policy-results"
        title={t('personFile.policyResults')}
        rows={benefits.results}
        rowKey={(r) => `${r.policyId}-${r.campaignId ?? 'trigger'}-${r.at}`}
        columns={[
          {
            title: t('personFile.columns.policy'),
            key: 'policy',
            render: (_, r) => <Link to={`/staff/benefits/policies/${r.policyId}`}>{r.policyTitle}</Link>,
          },
          {
            title: t('personFile.columns.source'),
            key: 'source',
            render: (_, r) =>
              r.campaignId ? (
                <Link to={`/staff/benefits/campaigns/${r.campaignId}`}>{t('personFile.campaign')}</Link>
              ) : (
                t('personFile.trigger')
              ),
          },
          { title: t('personFile.columns.reason'), dataIndex: 'reason', render: (v: string | null) => v ?? '—' },
          { title: t('personFile.columns.at'), dataIndex: 'at', render: when },
        ]}
      />

      <FileSection<Application>
        id="benefit-applications"
        title={t('personFile.benefitApplications')}
        rows={benefits.applications}
        rowKey={(r) => r.id}
        columns={[
          {
            title: t('personFile.columns.policy'),
            key: 'policy',
            render: (_, r) => <Link to={`/staff/benefits/reviews/${r.id}`}>{r.policyTitle}</Link>,
          },
          {
            title: t('personFile.columns.status'),
            dataIndex: 'status',
            render: (s: Application['status']) => t(`benefits.status.${s}`),
          },
          {
            title: t('personFile.columns.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (v: number | null) => (v === null ? '—' : yuan(v)),
          },
          ...(showOnBehalf
            ? [
                {
                  title: t('personFile.columns.by'),
                  dataIndex: 'onBehalfBy',
                  render: (v: string | null) => v ?? '—',
                },
              ]
            : []),
          { title: t('personFile.columns.at'), dataIndex: 'createdAt', render: when },
        ]}
      />

      <FileSection<Award>
        id="awards"
        title={t('personFile.awards')}
        rows={benefits.awards}
        rowKey={(r) => r.id}
        columns={[
          {
            title: t('personFile.columns.policy'),
            key: 'policy',
            render: (_, r) => <Link to={`/staff/benefits/policies/${r.policyId}`}>{r.policyTitle}</Link>,
          },
          { title: t('personFile.columns.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
          { title: t('personFile.columns.at'), dataIndex: 'createdAt', render: when },
        ]}
      />
    </>
  );
}
