import { Alert, App, Button, Card, Modal, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { RecordPage } from '../../../components/record-page';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useCloseCampaign } from '../api/close-campaign';
import { useCampaign } from '../api/get-campaign';
import { useCampaigns } from '../api/list-campaigns';
import { useRunCampaign } from '../api/run-campaign';
import type { Campaign, CampaignDetail } from '../api/contracts';
import { usePolicies } from '../api/list-policies';
import { BenefitsNav } from '../components/benefits-nav';

type Funnel = Campaign['funnel'];
const STAGES = ['qualified', 'notified', 'visited', 'applied', 'awarded'] as const;

/** qualified → notified → visited → applied → awarded, each with its share of the qualified. */
export function FunnelBar({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation();
  return (
    <ol className="b-funnel" aria-label={t('benefits.campaign.funnel')}>
      {STAGES.map((s) => (
        <li key={s} className="b-funnel__step" data-testid={`funnel-${s}`}>
          <span className="b-funnel__label">{t(`benefits.campaign.stages.${s}`)}</span>
          <strong className="b-funnel__value">{funnel[s]}</strong>
        </li>
      ))}
      <li className="b-funnel__step b-funnel__step--aside">
        <span className="b-funnel__label">{t('benefits.campaign.stages.unknown')}</span>
        <strong className="b-funnel__value">{funnel.unknown}</strong>
      </li>
    </ol>
  );
}

export function StaffCampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const me = useMe().data;
  const campaigns = useCampaigns();
  const policies = usePolicies({ page: 1, pageSize: 100, status: 'published' });
  const run = useRunCampaign();
  const [open, setOpen] = useState(false);
  const [policyId, setPolicyId] = useState<number | null>(null);
  const [sms, setSms] = useState(true);
  const canRun = me?.role === 'street_officer';

  return (
    <>
      <StaffPageHeader
        title={t('benefits.nav.campaigns')}
        extra={
          canRun && (
            <Button type="primary" onClick={() => setOpen(true)}>
              {t('benefits.campaign.run')}
            </Button>
          )
        }
      />
      <BenefitsNav />
      <Card>
        {campaigns.isError && <Alert type="error" role="alert" title={errorMessage(campaigns.error)} />}
        <Table<Campaign>
          rowKey="id"
          loading={campaigns.isFetching}
          dataSource={campaigns.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            {
              title: t('benefits.campaign.policy'),
              dataIndex: 'policyTitle',
              render: (title: string, row) => (
                <Link to={`/staff/benefits/campaigns/${row.id}`}>
                  {title} v{row.policyVersion}
                </Link>
              ),
            },
            {
              title: t('benefits.campaign.status'),
              dataIndex: 'status',
              render: (s: Campaign['status']) => (
                <Tag color={s === 'open' ? 'blue' : 'default'}>{t(`benefits.campaign.statuses.${s}`)}</Tag>
              ),
            },
            ...STAGES.map((s) => ({
              title: t(`benefits.campaign.stages.${s}`),
              key: s,
              render: (_: unknown, row: Campaign) => row.funnel[s],
            })),
            {
              title: t('benefits.campaign.stages.unknown'),
              key: 'unknown',
              render: (_: unknown, row: Campaign) => row.funnel.unknown,
            },
            {
              title: t('benefits.campaign.createdAt'),
              key: 'at',
              render: (_: unknown, row: Campaign) =>
                `${row.createdBy} · ${formatDateTime(row.createdAt, currentLocale())}`,
            },
          ]}
        />
      </Card>
      <Modal
        open={open}
        title={t('benefits.campaign.run')}
        okText={t('benefits.campaign.runOk')}
        confirmLoading={run.isPending}
        okButtonProps={{ disabled: policyId === null }}
        onCancel={() => setOpen(false)}
        onOk={() =>
          policyId !== null &&
          run.mutate(
            { policyId, sendSms: sms },
            {
              onSuccess: (c) => {
                setOpen(false);
                void message.success(t('benefits.campaign.started', { n: c.funnel.qualified }));
                void navigate(`/staff/benefits/campaigns/${c.id}`);
              },
              onError: (e) => void message.error(errorMessage(e)),
            },
          )
        }
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <label htmlFor="campaign-policy">{t('benefits.campaign.policy')}</label>
          <Select
            id="campaign-policy"
            style={{ width: '100%' }}
            value={policyId ?? undefined}
            onChange={setPolicyId}
            options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.title} v${p.version}` }))}
          />
          <Space>
            <Switch id="campaign-sms" checked={sms} onChange={setSms} />
            <label htmlFor="campaign-sms">{t('benefits.campaign.sendSms')}</label>
          </Space>
          <Typography.Paragraph type="secondary">{t('benefits.campaign.runHint')}</Typography.Paragraph>
        </Space>
      </Modal>
    </>
  );
}

export function StaffCampaignPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const campaign = useCampaign(id);
  return (
    <RecordPage
      id={id}
      query={campaign}
      title={
        campaign.data ? `${t('benefits.campaign.titleOf')}${campaign.data.policyTitle}` : t('benefits.nav.campaigns')
      }
      parent={{ to: '/staff/benefits/campaigns', label: t('benefits.nav.campaigns') }}
      backLabel={t('benefits.back')}
    >
      {(c) => <CampaignView campaign={c} />}
    </RecordPage>
  );
}

function CampaignView({ campaign }: { campaign: CampaignDetail }) {
  const { t } = useTranslation();
  const me = useMe().data;
  const close = useCloseCampaign(campaign.id);
  return (
    <>
      <BenefitsNav />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card
          title={t('benefits.campaign.funnel')}
          extra={
            <Space>
              <Link to={`/staff/benefits/tasks?campaignId=${campaign.id}`}>{t('benefits.campaign.tasks')}</Link>
              {me?.role === 'street_officer' && campaign.status === 'open' && (
                <Button onClick={() => close.mutate()}>{t('benefits.campaign.close')}</Button>
              )}
            </Space>
          }
        >
          <FunnelBar funnel={campaign.funnel} />
        </Card>
        <Card title={t('benefits.campaign.byCommunity')}>
          <Table
            rowKey={(r) => String(r.communityId)}
            pagination={false}
            dataSource={campaign.byCommunity}
            columns={[
              { title: t('benefits.campaign.community'), dataIndex: 'communityName' },
              ...STAGES.map((s) => ({ title: t(`benefits.campaign.stages.${s}`), dataIndex: s })),
              { title: t('benefits.campaign.stages.unknown'), dataIndex: 'unknown' },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
