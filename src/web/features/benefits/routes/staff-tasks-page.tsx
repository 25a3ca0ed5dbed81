import { App, Button, Card, Form, Input, Modal, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useTasks } from '../api/list-tasks';
import { useLogVisit } from '../api/log-visit';
import { VISIT_OUTCOMES, type CampaignTask } from '../api/contracts';
import { BenefitsNav } from '../components/benefits-nav';
import { ApplicationStatusTag } from '../components/status-tag';
import { BUSINESS_STAGES, CHOICE_WORDS } from '../../../../shared/benefits-rules';

/** A community officer's door-visit and collect-data tasks from the street's campaigns. */
export function StaffTasksPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [params] = useSearchParams();
  const campaignId = Number(params.get('campaignId')) || undefined;
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<'true' | 'false' | undefined>('true');
  const tasks = useTasks({ page, pageSize: 20, campaignId, open });
  const log = useLogVisit();
  const locale = currentLocale();
  const [visiting, setVisiting] = useState<CampaignTask | null>(null);
  const [form] = Form.useForm<{
    outcome: (typeof VISIT_OUTCOMES)[number];
    note: string;
    unemployedRegisteredOn?: string;
    youngestChildBirthDate?: string;
    businessStage?: (typeof BUSINESS_STAGES)[number];
    consentMethod?: 'paper' | 'verbal_witnessed';
    witness?: string;
  }>();
  const outcome = Form.useWatch('outcome', form);
  const consentMethod = Form.useWatch('consentMethod', form);

  const columns: TableColumnsType<CampaignTask> = [
    { title: t('benefits.task.subject'), key: 'subject', render: (_, r) => r.subject.name },
    { title: t('benefits.task.phone'), dataIndex: 'phoneMasked', className: 's-mono' },
    { title: t('benefits.task.policy'), dataIndex: 'policyTitle' },
    {
      title: t('benefits.task.kind'),
      dataIndex: 'kind',
      render: (k: CampaignTask['kind']) => (
        <Tag color={k === 'visit' ? 'blue' : 'orange'}>{t(`benefits.task.kinds.${k}`)}</Tag>
      ),
    },
    { title: t('benefits.task.place'), key: 'place', render: (_, r) => `${r.communityName ?? ''} ${r.areaName}` },
    {
      title: t('benefits.task.missing'),
      dataIndex: 'missing',
      render: (m: string[]) => (m.length ? t('benefits.missing', { items: m.join('、') }) : '—'),
    },
    {
      title: t('benefits.task.visits'),
      dataIndex: 'visits',
      render: (v: CampaignTask['visits']) =>
        v.length
          ? v
              .map(
                (x) =>
                  `${t(`benefits.task.outcomes.${x.outcome}`)} · ${x.officer} · ${formatDateTime(x.at, currentLocale())}`,
              )
              .join('；')
          : '—',
    },
    {
      title: t('benefits.task.application'),
      dataIndex: 'applicationStatus',
      render: (s: CampaignTask['applicationStatus']) => (s ? <ApplicationStatusTag status={s} /> : '—'),
    },
    {
      title: t('benefits.task.state'),
      dataIndex: 'closedBy',
      render: (c: CampaignTask['closedBy']) =>
        c ? (
          <Tag color={c === 'applied' || c === 'awarded' ? 'green' : 'default'}>{t(`benefits.task.closedBy.${c}`)}</Tag>
        ) : (
          '—'
        ),
    },
    {
      title: t('benefits.task.actions'),
      key: 'a',
      fixed: 'right',
      render: (_, r) => (
        <Button size="small" onClick={() => setVisiting(r)}>
          {t('benefits.task.logVisit')}
        </Button>
      ),
    },
  ];

  return (
    <>
      <StaffPageHeader title={t('benefits.nav.tasks')} />
      <BenefitsNav />
      <Card>
        <div style={{ marginBottom: 16 }}>
          <label htmlFor="tasks-open" style={{ marginRight: 8 }}>
            {t('benefits.task.show')}
          </label>
          <Select
            id="tasks-open"
            style={{ width: 160 }}
            value={open ?? 'all'}
            onChange={(v: string) => setOpen(v === 'all' ? undefined : (v as 'true'))}
            options={[
              { value: 'true', label: t('benefits.task.open') },
              { value: 'false', label: t('benefits.task.done') },
              { value: 'all', label: t('benefits.task.all') },
            ]}
          />
        </div>
        <Table<CampaignTask>
          rowKey="id"
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          loading={tasks.isFetching}
          pagination={{ current: page, pageSize: 20, total: tasks.data?.total ?? 0, onChange: setPage }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <Modal
        open={visiting !== null}
        title={visiting ? t('benefits.task.logVisitFor', { name: visiting.subject.name }) : ''}
        okText={t('benefits.task.save')}
        confirmLoading={log.isPending}
        onCancel={() => setVisiting(null)}
        onOk={() => {
          const v = form.getFieldsValue();
          if (!visiting) return;
          const facts = {
            ...(v.unemployedRegisteredOn ? { unemployedRegisteredOn: v.unemployedRegisteredOn } : {}),
            ...(v.youngestChildBirthDate ? { youngestChildBirthDate: v.youngestChildBirthDate } : {}),
            ...(v.businessStage ? { businessStage: v.businessStage } : {}),
          };
          log.mutate(
            {
              id: visiting.id,
              outcome: v.outcome,
              note: v.note ?? '',
              ...(Object.keys(facts).length ? { facts } : {}),
              ...(v.outcome === 'applied_on_site'
                ? {
                    consent: {
                      consentMethod: v.consentMethod ?? 'paper',
                      ...(v.consentMethod === 'verbal_witnessed' && v.witness ? { witness: v.witness } : {}),
                    },
                  }
                : {}),
            },
            {
              onSuccess: () => {
                void message.success(t('benefits.task.saved'));
                setVisiting(null);
                form.resetFields();
              },
              onError: (e) => void message.error(errorMessage(e)),
            },
          );
        }}
      >
        <Form form={form} layout="vertical" initialValues={{ outcome: 'interested', note: '' }}>
          <Form.Item name="outcome" label={t('benefits.task.outcome')}>
            <Select options={VISIT_OUTCOMES.map((o) => ({ value: o, label: t(`benefits.task.outcomes.${o}`) }))} />
          </Form.Item>
          {outcome === 'applied_on_site' && (
            <>
              <Form.Item name="consentMethod" label={t('benefits.task.consentMethod')} initialValue="paper">
                <Select
                  options={(['paper', 'verbal_witnessed'] as const).map((m) => ({
                    value: m,
                    label: t(`benefits.task.consentMethods.${m}`),
                  }))}
                />
              </Form.Item>
              {consentMethod === 'verbal_witnessed' && (
                <Form.Item name="witness" label={t('benefits.task.witness')}>
                  <Input maxLength={40} />
                </Form.Item>
              )}
              <p>{t('benefits.task.onSiteHint')}</p>
            </>
          )}
          <Form.Item name="note" label={t('benefits.task.note')}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          {visiting?.kind === 'collect_data' && visiting.subject.kind === 'person' && (
            <>
              <Form.Item name="youngestChildBirthDate" label={t('benefits.task.childBirthDate')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="unemployedRegisteredOn" label={t('benefits.task.unemployedOn')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="businessStage" label={t('benefits.task.businessStage')}>
                <Select
                  allowClear
                  options={BUSINESS_STAGES.map((b) => ({ value: b, label: CHOICE_WORDS[b]?.[locale] ?? b }))}
                />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
