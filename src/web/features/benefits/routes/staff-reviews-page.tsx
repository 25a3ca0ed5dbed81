import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  List,
  Select,
  Space,
  Table,
  Tag,
  Timeline,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { RecordPage } from '../../../components/record-page';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { formatFen } from '../../../lib/contracts';
import { currentLocale } from '../../../lib/i18n';
import { fenOfYuan } from '../../../lib/validation';
import { useApplicationAction } from '../api/act-on-application';
import { useApplication } from '../api/get-application';
import { useApplications } from '../api/list-applications';
import {
  BENEFIT_APPLICATION_STATUSES,
  type Application,
  type ApplicationAction,
  type ApplicationDetail,
  type ApplicationStatus,
} from '../api/contracts';
import { BenefitsNav } from '../components/benefits-nav';
import { formatYuan } from '../components/format';
import { ApplicationStatusTag } from '../components/status-tag';

/** The queue: a community officer starts on what awaits the community review, a street officer on the street's. */
export function StaffReviewsPage() {
  const { t } = useTranslation();
  const role = useMe().data?.role;
  const [status, setStatus] = useState<ApplicationStatus | 'all'>(
    role === 'street_officer' ? 'community_approved' : 'submitted',
  );
  const [page, setPage] = useState(1);
  const apps = useApplications({ page, pageSize: 20, status: status === 'all' ? undefined : status });
  const columns: TableColumnsType<Application> = [
    {
      title: t('benefits.review.subject'),
      key: 's',
      render: (_, r) => <Link to={`/staff/benefits/reviews/${r.id}`}>{r.subject.name}</Link>,
    },
    { title: t('benefits.review.policy'), dataIndex: 'policyTitle' },
    { title: t('benefits.review.place'), key: 'p', render: (_, r) => `${r.communityName ?? ''} ${r.areaName}` },
    {
      title: t('benefits.review.status'),
      dataIndex: 'status',
      render: (s: ApplicationStatus) => <ApplicationStatusTag status={s} />,
    },
    {
      title: t('benefits.review.submittedBy'),
      key: 'b',
      render: (_, r) => (r.onBehalf ? `${r.submittedBy}（${t('benefits.review.onBehalf')}）` : r.submittedBy),
    },
    { title: t('benefits.review.amount'), key: 'm', render: (_, r) => formatYuan(r.amountFen ?? r.suggestedAmountFen) },
    {
      title: t('benefits.review.updatedAt'),
      dataIndex: 'updatedAt',
      render: (v: string) => formatDateTime(v, currentLocale()),
    },
  ];
  return (
    <>
      <StaffPageHeader title={t('benefits.nav.reviews')} />
      <BenefitsNav />
      <Card>
        <div style={{ marginBottom: 16 }}>
          <label htmlFor="reviews-status" style={{ marginRight: 8 }}>
            {t('benefits.review.status')}
          </label>
          <Select
            id="reviews-status"
            style={{ width: 220 }}
            value={status}
            onChange={(v) => {
              setStatus(v);
              setPage(1);
            }}
            options={[
              { value: 'all', label: t('benefits.review.all') },
              ...BENEFIT_APPLICATION_STATUSES.map((s) => ({ value: s, label: t(`benefits.status.${s}`) })),
            ]}
          />
        </div>
        {apps.isError && <Alert type="error" role="alert" title={errorMessage(apps.error)} />}
        <Table<Application>
          rowKey="id"
          columns={columns}
          dataSource={apps.data?.items ?? []}
          loading={apps.isFetching}
          pagination={{ current: page, pageSize: 20, total: apps.data?.total ?? 0, onChange: setPage }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
    </>
  );
}

export function StaffReviewPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const app = useApplication(id);
  return (
    <RecordPage
      id={id}
      query={app}
      title={app.data ? `${app.data.subject.name} · ${app.data.policyTitle}` : t('benefits.nav.reviews')}
      parent={{ to: '/staff/benefits/reviews', label: t('benefits.nav.reviews') }}
      backLabel={t('benefits.back')}
    >
      {(a) => <ReviewView app={a} />}
    </RecordPage>
  );
}

function ReviewView({ app }: { app: ApplicationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useApplicationAction(app.id);
  const [amountYuan, setAmountYuan] = useState(formatFen(app.suggestedAmountFen ?? 0));
  const [amountProblem, setAmountProblem] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const locale = currentLocale();
  const approving = app.actions.some((a) => a.endsWith('approve'));
  const blocked = approving && app.approvalBlockers.length > 0;
  const run = (action: ApplicationAction) => {
    let amountFen: number | undefined;
    setAmountProblem(null);
    if (action === 'street_approve' && amountYuan.trim() !== '') {
      try {
        amountFen = fenOfYuan(amountYuan, 'approvedYuan');
      } catch (e) {
        setAmountProblem((e as Error).message);
        return;
      }
    }
    act.mutate(
      {
        action,
        ...(note ? { note } : {}),
        ...(amountFen !== undefined ? { amountFen } : {}),
        ...(action === 'reject' || action === 'return' ? { reason } : {}),
        ...(action.endsWith('approve') && blocked && overrideReason.trim() ? { overrideReason } : {}),
      },
      {
        onSuccess: (a) => void message.success(t(`benefits.status.${a.status}`)),
        onError: (e) => void message.error(errorMessage(e)),
      },
    );
  };
  return (
    <>
      <BenefitsNav />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('benefits.review.application')}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('benefits.review.status')}>
              <ApplicationStatusTag status={app.status} />
            </Descriptions.Item>
            <Descriptions.Item
              label={t('benefits.review.policy')}
            >{`${app.policyTitle} v${app.policyVersion}`}</Descriptions.Item>
            <Descriptions.Item label={t('benefits.review.subject')}>{app.subject.name}</Descriptions.Item>
            <Descriptions.Item
              label={t('benefits.review.place')}
            >{`${app.communityName ?? ''} ${app.areaName}`}</Descriptions.Item>
            <Descriptions.Item label={t('benefits.review.submittedBy')}>
              {app.onBehalf ? `${app.submittedBy}（${t('benefits.review.onBehalf')}）` : app.submittedBy}
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.review.suggested')}>
              {formatYuan(app.suggestedAmountFen)}
            </Descriptions.Item>
            {app.amountFen !== null && (
              <Descriptions.Item label={t('benefits.review.amount')}>{formatYuan(app.amountFen)}</Descriptions.Item>
            )}
            {app.reason && <Descriptions.Item label={t('benefits.review.reason')}>{app.reason}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card title={t('benefits.review.snapshot')}>
          <Tag color={app.snapshot.eligibility.outcome === 'eligible' ? 'green' : 'orange'}>
            {t(`benefits.outcome.${app.snapshot.eligibility.outcome}`)}
          </Tag>
          <List
            size="small"
            dataSource={app.snapshot.eligibility.conditions.slice(1)}
            renderItem={(c) => (
              <List.Item>
                {`${c.outcome === 'yes' ? '✓' : c.outcome === 'no' ? '✗' : '?'} ${c.text}${c.actual ? `（${c.actual}）` : ''}`}
              </List.Item>
            )}
          />
          {app.snapshot.eligibility.missing.length > 0 && (
            <Alert
              type="warning"
              title={t('benefits.missing', { items: app.snapshot.eligibility.missing.join('、') })}
            />
          )}
        </Card>
        <Card title={t('benefits.review.materials')}>
          {app.materials.length === 0 ? (
            <p>{t('benefits.review.noMaterials')}</p>
          ) : (
            <List
              size="small"
              dataSource={app.materials}
              renderItem={(m) => (
                <List.Item>
                  <a
                    href={`/api/v1/benefits/applications/${app.id}/materials/${m.id}`}
                    target="_blank"
                    rel="noreferrer"
                  >{`${m.material} · ${m.name}`}</a>
                  {` · ${Math.ceil(m.sizeBytes / 1024)} KB`}
                </List.Item>
              )}
            />
          )}
          <div>{t('benefits.review.required', { items: app.requiredMaterials.join('、') || '—' })}</div>
        </Card>
        {app.actions.length > 0 && (
          <Card title={t('benefits.review.decide')}>
            <Form layout="vertical">
              {blocked && (
                <Alert
                  type="warning"
                  role="status"
                  style={{ marginBottom: 16 }}
                  title={t('benefits.review.blocked')}
                  description={
                    <ul data-testid="approval-blockers" style={{ margin: 0, paddingInlineStart: 20 }}>
                      {app.approvalBlockers.map((b) => (
                        <li key={b.kind}>{b.text}</li>
                      ))}
                    </ul>
                  }
                />
              )}
              {blocked && (
                <Form.Item label={t('benefits.review.overrideLabel')} htmlFor="review-override">
                  <Input.TextArea
                    id="review-override"
                    rows={2}
                    value={overrideReason}
                    onChange={(e) => setOverrideReason(e.target.value)}
                  />
                </Form.Item>
              )}
              {app.actions.includes('street_approve') && (
                <Form.Item
                  label={t('benefits.review.amountYuan')}
                  htmlFor="review-amount"
                  validateStatus={amountProblem ? 'error' : undefined}
                  help={amountProblem}
                >
                  <Input
                    id="review-amount"
                    inputMode="decimal"
                    value={amountYuan}
                    onChange={(e) => setAmountYuan(e.target.value)}
                    style={{ width: 240 }}
                  />
                </Form.Item>
              )}
              <Form.Item label={t('benefits.review.note')} htmlFor="review-note">
                <Input id="review-note" value={note} onChange={(e) => setNote(e.target.value)} />
              </Form.Item>
              {(app.actions.includes('reject') || app.actions.includes('return')) && (
                <Form.Item label={t('benefits.review.reasonLabel')} htmlFor="review-reason">
                  <Input.TextArea
                    id="review-reason"
                    rows={2}
                    value={reason}
                    onChange={(e) => setReason(e.target.value)}
                  />
                </Form.Item>
              )}
              <Space wrap>
                {app.actions.map((a) => (
                  <Button
                    key={a}
                    type={a.endsWith('approve') ? 'primary' : 'default'}
                    danger={a === 'reject'}
                    loading={act.isPending}
                    onClick={() => run(a)}
                  >
                    {t(`benefits.actions.${a}`)}
                  </Button>
                ))}
              </Space>
            </Form>
          </Card>
        )}
        <Card title={t('benefits.review.events')}>
          <Timeline
            items={app.events.map((e) => ({
              children: `${formatDateTime(e.at, locale)} · ${e.actorName} · ${t(`benefits.eventActions.${e.action as 'submit'}`)}${e.note ? ` · ${e.note}` : ''}`,
            }))}
          />
        </Card>
      </Space>
    </>
  );
}
