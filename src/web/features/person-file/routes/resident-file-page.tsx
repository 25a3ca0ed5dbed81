import { Alert, Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AssistedActions } from '../../../components/assisted-actions';
import { RecordPage } from '../../../components/record-page';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { type ResidentFile, yuan } from '../../../lib/contracts';
import { formatDateTime, formatLocation } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useResidentFile } from '../api/get-resident-file';
import { BenefitsSections } from '../components/benefits-sections';
import { FileSection } from '../components/file-section';
import '../person-file.css';

type Row<K extends keyof ResidentFile, S extends string> = ResidentFile[K] extends Record<S, (infer R)[]> ? R : never;

/**
 * A person's whole file (一人一档, SPEC §4): every capability's records about one resident on one page, each
 * linking to where it is kept. Opening it is audited by the server; numbers are masked.
 */
export function ResidentFilePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const file = useResidentFile(id);
  const parent = { to: `/staff/residents/${id}`, label: t('staff.residents.detailTitle') };
  const locale = currentLocale();
  const when = (iso: string) => formatDateTime(iso, locale);
  const purpose = (p: string) =>
    p === 'labels_self_declared' || p === 'job_application' ? t(`personFile.purposes.${p}`) : p;

  return (
    <RecordPage
      id={id}
      query={file}
      title={t('personFile.open')}
      parent={{ to: '/staff/residents', label: t('staff.residents.title') }}
      backLabel={t('staff.residents.backToList')}
    >
      {(data) => (
        <div className="pf-page">
          <StaffPageHeader
            title={t('personFile.residentTitle', { name: data.resident.name })}
            parent={parent}
            extra={<AssistedActions residentId={data.resident.id} />}
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
                  children: <Link to={`/staff/residents/${data.resident.id}`}>{data.resident.name}</Link>,
                },
                {
                  key: 'gender',
                  label: t('fields.gender'),
                  children: data.resident.gender ? t(`gender.${data.resident.gender}`) : '—',
                },
                { key: 'birthDate', label: t('fields.birthDate'), children: data.resident.birthDate ?? '—' },
                {
                  key: 'phone',
                  label: t('fields.phone'),
                  children: <span className="s-mono">{data.resident.phoneMasked}</span>,
                },
                {
                  key: 'idNumber',
                  label: t('fields.idNumber'),
                  children: <span className="s-mono">{data.resident.idNumberMasked ?? '—'}</span>,
                },
                { key: 'location', label: t('fields.location'), children: formatLocation(data.resident) },
                {
                  key: 'labels',
                  label: t('fields.labels'),
                  children:
                    data.resident.labels.length > 0
                      ? data.resident.labels.map((label) => (
                          <Tag key={label} color="blue">
                            {t(`labels.${label}`)}
                          </Tag>
                        ))
                      : '—',
                },
                {
                  key: 'jobProfile',
                  label: t('personFile.jobProfile'),
                  children: data.jobs.profile ? (
                    <>
                      {data.jobs.profile.skills.map((s) => t(`jobs.skills.${s}`, { defaultValue: s })).join('、') ||
                        '—'}
                      {' · '}
                      {t('personFile.maxWalk', { minutes: data.jobs.profile.maxWalkMinutes })}
                      {' · '}
                      {data.jobs.profile.homeAreaName}
                    </>
                  ) : (
                    t('personFile.jobProfileNone')
                  ),
                },
              ]}
            />
          </Card>

          <FileSection<ResidentFile['assisted'][number]>
            id="assisted"
            title={t('personFile.assisted')}
            rows={data.assisted}
            rowKey={(r) => `${r.kind}-${r.recordId}-${r.at}`}
            columns={[
              { title: t('personFile.columns.at'), dataIndex: 'at', render: when },
              {
                title: t('personFile.columns.what'),
                key: 'what',
                render: (_, r) => (
                  <Link
                    to={
                      r.kind === 'job_application'
                        ? `/staff/jobs-assisted/${data.resident.id}`
                        : r.kind === 'factory_join' || r.kind === 'pay_acknowledgement'
                          ? `/staff/piecework/assisted/${data.resident.id}`
                          : r.kind === 'benefit_application'
                            ? `/staff/benefits/reviews/${r.recordId}`
                            : `/staff/benefits/campaigns/${r.recordId}`
                    }
                  >
                    {t(`personFile.assistedKinds.${r.kind}`)}：{r.what}
                  </Link>
                ),
              },
              { title: t('personFile.columns.by'), dataIndex: 'officer' },
            ]}
          />

          <FileSection<ResidentFile['consents'][number]>
            id="consents"
            title={t('personFile.consents')}
            rows={data.consents}
            rowKey={(r) => r.id}
            columns={[
              { title: t('personFile.columns.what'), dataIndex: 'purpose', render: purpose },
              {
                title: t('personFile.columns.method'),
                dataIndex: 'method',
                render: (m: ResidentFile['consents'][number]['method']) => t(`resident.consents.methods.${m}`),
              },
              { title: t('personFile.columns.recordedBy'), dataIndex: 'recordedBy' },
              { title: t('personFile.columns.at'), dataIndex: 'grantedAt', render: when },
              {
                title: t('personFile.columns.withdrawn'),
                dataIndex: 'withdrawnAt',
                render: (w: string | null) => (w ? when(w) : '—'),
              },
            ]}
          />

          <FileSection<Row<'jobs', 'applications'>>
            id="job-applications"
            title={t('personFile.jobApplications')}
            rows={data.jobs.applications}
            rowKey={(r) => r.id}
            extra={
              <p>
                <Link to={`/staff/jobs-assisted/${data.resident.id}`}>{t('personFile.jobApplications')} →</Link>
              </p>
            }
            columns={[
              { title: t('personFile.columns.post'), dataIndex: 'postTitle' },
              {
                title: t('personFile.columns.employer'),
                key: 'employer',
                render: (_, r) => <Link to={`/staff/enterprises/${r.enterpriseId}/file`}>{r.enterpriseName}</Link>,
              },
              {
                title: t('personFile.columns.status'),
                dataIndex: 'status',
                render: (s: Row<'jobs', 'applications'>['status']) => t(`jobs.statuses.${s}`),
              },
              { title: t('personFile.columns.by'), dataIndex: 'assistedBy', render: (b: string | null) => b ?? '—' },
              { title: t('personFile.columns.at'), dataIndex: 'createdAt', render: when },
            ]}
          />

          <FileSection<Row<'jobs', 'employments'>>
            id="employments"
            title={t('personFile.employments')}
            rows={data.jobs.employments}
            rowKey={(r) => `${r.enterpriseId}-${r.startDate}-${r.title}`}
            columns={[
              {
                title: t('personFile.columns.employer'),
                key: 'employer',
                render: (_, r) => <Link to={`/staff/enterprises/${r.enterpriseId}/file`}>{r.enterpriseName}</Link>,
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
            title={t('personFile.factories')}
            rows={data.piecework.factories}
            rowKey={(r) => `${r.factoryId}-${r.joinedOn}`}
            columns={[
              {
                title: t('personFile.columns.factory'),
                key: 'factory',
                render: (_, r) => <Link to="/staff/piecework">{r.factoryName}</Link>,
              },
              { title: t('personFile.columns.joined'), dataIndex: 'joinedOn' },
              { title: t('personFile.columns.left'), dataIndex: 'leftOn', render: (v: string | null) => v ?? '—' },
            ]}
          />

          <FileSection<Row<'piecework', 'months'>>
            id="monthly-pay"
            title={t('personFile.monthlyPay')}
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
              { title: t('personFile.columns.quantity'), dataIndex: 'quantity', align: 'right' },
              { title: t('personFile.columns.amount'), dataIndex: 'amountFen', align: 'right', render: yuan },
              { title: t('personFile.columns.paid'), dataIndex: 'paidFen', align: 'right', render: yuan },
              { title: t('personFile.columns.disputed'), dataIndex: 'disputedDays', align: 'right' },
            ]}
          />

          <BenefitsSections benefits={data.benefits} showOnBehalf={true} />

          <FileSection<Row<'benefits', 'visits'>>
            id="visits"
            title={t('personFile.visits')}
            rows={data.benefits.visits}
            rowKey={(r) => r.id}
            columns={[
              {
                title: t('personFile.columns.policy'),
                key: 'policy',
                render: (_, r) => <Link to={`/staff/benefits/campaigns/${r.campaignId}`}>{r.policyTitle}</Link>,
              },
              {
                title: t('personFile.columns.outcome'),
                dataIndex: 'outcome',
                render: (o: Row<'benefits', 'visits'>['outcome']) => t(`benefits.task.outcomes.${o}`),
              },
              { title: t('personFile.columns.by'), dataIndex: 'officer' },
              { title: t('personFile.columns.note'), dataIndex: 'note', render: (v: string) => v || '—' },
              { title: t('personFile.columns.at'), dataIndex: 'at', render: when },
            ]}
          />

          <FileSection<ResidentFile['notices'][number]>
            id="notices"
            title={t('personFile.notices')}
            rows={data.notices}
            rowKey={(r) => r.id}
            columns={[
              { title: t('personFile.columns.title'), dataIndex: 'title' },
              { title: t('personFile.columns.at'), dataIndex: 'createdAt', render: when },
              {
                title: t('personFile.columns.status'),
                dataIndex: 'read',
                render: (r: boolean) => t(r ? 'personFile.read' : 'personFile.unread'),
              },
            ]}
          />
        </div>
      )}
    </RecordPage>
  );
}
