import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { describeCondition } from '../../../../shared/benefits-rules';
import { RecordPage } from '../../../components/record-page';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { formatFen } from '../../../lib/contracts';
import { currentLocale } from '../../../lib/i18n';
import { fenOfYuan, yuanRule } from '../../../lib/validation';
import { POLICY_CATEGORIES, POLICY_MODES, type Policy, type RuleNode } from '../api/contracts';
import { usePolicy } from '../api/get-policy';
import { usePolicyVersions } from '../api/list-policy-versions';
import { usePreviewRule } from '../api/preview-rule';
import { usePublishPolicy } from '../api/publish-policy';
import { useUpdatePolicy } from '../api/update-policy';
import { useWithdrawPolicy } from '../api/withdraw-policy';
import { BenefitsNav } from '../components/benefits-nav';
import { benefitWords } from '../components/format';
import { RuleBuilder } from '../components/rule-builder';

export function StaffPolicyPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const policy = usePolicy(id);
  return (
    <RecordPage
      id={id}
      query={policy}
      title={policy.data?.title ?? t('benefits.nav.policies')}
      parent={{ to: '/staff/benefits/policies', label: t('benefits.nav.policies') }}
      backLabel={t('benefits.back')}
    >
      {(p) => <PolicyEditor policy={p} />}
    </RecordPage>
  );
}

/** A rule in words, one condition a line, for the versions list. */
export function ruleWords(rule: RuleNode, depth = 0): string[] {
  const locale = currentLocale();
  const pad = '　'.repeat(depth);
  if (rule.kind === 'all' || rule.kind === 'any')
    return [pad + describeCondition(rule, locale), ...rule.rules.flatMap((r) => ruleWords(r, depth + 1))];
  if (rule.kind === 'not') return [pad + describeCondition(rule, locale), ...ruleWords(rule.rule, depth + 1)];
  return [pad + describeCondition(rule, locale)];
}

function PolicyEditor({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useMe().data;
  const canEdit = me?.role === 'street_officer';
  const [rule, setRule] = useState<RuleNode>(policy.rule);
  const [form] = Form.useForm<{
    title: string;
    category: Policy['category'];
    mode: Policy['mode'];
    summary: string;
    legalBasis: string;
    validFrom: string;
    validTo: string;
    materials: string[];
    amountYuan: string | null;
    faq: { q: string; a: string }[];
  }>();
  const update = useUpdatePolicy(policy.id);
  const publish = usePublishPolicy(policy.id);
  const withdraw = useWithdrawPolicy(policy.id);
  const preview = usePreviewRule();
  const versions = usePolicyVersions(policy.id);
  const [problem, setProblem] = useState<string | null>(null);

  /** False when a field is wrong (its message shows under it) and nothing was sent. */
  const save = async (): Promise<boolean> => {
    setProblem(null);
    const v = await form.validateFields().catch(() => null);
    if (!v) return false;
    const benefit =
      policy.benefit.kind === 'fixed' && v.amountYuan !== null && v.amountYuan.trim() !== ''
        ? { kind: 'fixed' as const, amountFen: fenOfYuan(v.amountYuan, 'amountYuan') }
        : policy.benefit;
    await update.mutateAsync({
      title: v.title,
      category: v.category,
      mode: v.mode,
      summary: v.summary,
      legalBasis: v.legalBasis,
      validFrom: v.validFrom || null,
      validTo: v.validTo || null,
      materials: v.materials,
      faq: (v.faq ?? []).filter((f) => f?.q && f?.a),
      benefit,
      rule,
    });
    return true;
  };
  const onSave = () =>
    save().then(
      (saved) => saved && void message.success(t('benefits.policy.saved')),
      (e: unknown) => setProblem(errorMessage(e)),
    );
  const onPublish = () =>
    modal.confirm({
      title: t('benefits.policy.publishConfirm'),
      content: t('benefits.policy.publishHint'),
      onOk: async () => {
        try {
          if (!(await save())) return;
          const p = await publish.mutateAsync(undefined);
          void message.success(t('benefits.policy.published', { version: p.version }));
          void versions.refetch();
        } catch (e) {
          setProblem(errorMessage(e));
        }
      },
    });

  const onWithdraw = () =>
    modal.confirm({
      title: t('benefits.policy.withdrawConfirm'),
      content: t('benefits.policy.withdrawHint'),
      okButtonProps: { danger: true },
      onOk: () =>
        withdraw.mutateAsync(undefined).then(
          () => void message.success(t('benefits.policy.withdrawn')),
          (e: unknown) => setProblem(errorMessage(e)),
        ),
    });

  return (
    <>
      <BenefitsNav />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('benefits.policy.about')}>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('benefits.policy.code')}>{policy.code}</Descriptions.Item>
            <Descriptions.Item label={t('benefits.policy.status')}>
              <Tag color={policy.status === 'published' ? 'green' : 'default'}>
                {t(`benefits.policyStatus.${policy.status}`)}
                {policy.version ? ` v${policy.version}` : ''}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.policy.category')}>
              {t(`benefits.categories.${policy.category}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.policy.target')}>
              {t(`benefits.targets.${policy.target}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.policy.mode')}>
              {t(`benefits.modes.${policy.mode}`)}
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.policy.benefit')}>
              {benefitWords(policy.benefit, t)}
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.policy.station')}>{policy.stationName ?? '—'}</Descriptions.Item>
            <Descriptions.Item
              label={t('benefits.policy.valid')}
            >{`${policy.validFrom ?? '—'} ~ ${policy.validTo ?? '—'}`}</Descriptions.Item>
          </Descriptions>
          <Form
            form={form}
            layout="vertical"
            disabled={!canEdit}
            initialValues={{
              title: policy.title,
              category: policy.category,
              mode: policy.mode,
              validFrom: policy.validFrom ?? '',
              validTo: policy.validTo ?? '',
              faq: policy.faq,
              summary: policy.summary,
              legalBasis: policy.legalBasis,
              materials: policy.materials,
              amountYuan: policy.benefit.kind === 'fixed' ? formatFen(policy.benefit.amountFen) : null,
            }}
          >
            <Form.Item name="title" label={t('benefits.policy.title')}>
              <Input />
            </Form.Item>
            <Form.Item name="summary" label={t('benefits.policy.summary')}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="legalBasis" label={t('benefits.policy.legalBasis')}>
              <Input />
            </Form.Item>
            <Space wrap>
              <Form.Item name="category" label={t('benefits.policy.category')}>
                <Select
                  style={{ width: 180 }}
                  options={POLICY_CATEGORIES.map((c) => ({ value: c, label: t(`benefits.categories.${c}`) }))}
                />
              </Form.Item>
              <Form.Item name="mode" label={t('benefits.policy.mode')}>
                <Select
                  style={{ width: 180 }}
                  options={POLICY_MODES.map((c) => ({ value: c, label: t(`benefits.modes.${c}`) }))}
                />
              </Form.Item>
              <Form.Item name="validFrom" label={t('benefits.policy.validFrom')}>
                <Input type="date" />
              </Form.Item>
              <Form.Item name="validTo" label={t('benefits.policy.validTo')}>
                <Input type="date" />
              </Form.Item>
            </Space>
            <Form.Item name="materials" label={t('benefits.policy.materials')}>
              <Select mode="tags" />
            </Form.Item>
            <Form.List name="faq">
              {(fields, { add, remove }) => (
                <fieldset className="b-faq">
                  <legend>{t('benefits.policy.faq')}</legend>
                  {fields.map((field, i) => (
                    <Space key={field.key} wrap align="start">
                      <Form.Item name={[field.name, 'q']} label={t('benefits.policy.faqQ', { n: i + 1 })}>
                        <Input style={{ width: 260 }} />
                      </Form.Item>
                      <Form.Item name={[field.name, 'a']} label={t('benefits.policy.faqA', { n: i + 1 })}>
                        <Input.TextArea rows={1} style={{ width: 360 }} />
                      </Form.Item>
                      <Button onClick={() => remove(field.name)}>{t('benefits.rule.removeShort')}</Button>
                    </Space>
                  ))}
                  <Button onClick={() => add({ q: '', a: '' })}>{t('benefits.policy.addFaq')}</Button>
                </fieldset>
              )}
            </Form.List>
            {policy.benefit.kind === 'fixed' && (
              <Form.Item name="amountYuan" label={t('benefits.policy.amountYuan')} rules={[yuanRule('amountYuan')]}>
                <Input inputMode="decimal" style={{ width: 240 }} />
              </Form.Item>
            )}
          </Form>
        </Card>

        <Card title={t('benefits.rule.title')}>
          <RuleBuilder target={policy.target} value={rule} onChange={(r) => (canEdit ? setRule(r) : undefined)} />
          <Space wrap style={{ marginTop: 16 }}>
            <Button
              onClick={() =>
                preview.mutate({ target: policy.target, rule }, { onError: (e) => setProblem(errorMessage(e)) })
              }
              loading={preview.isPending}
            >
              {t('benefits.rule.preview')}
            </Button>
            {canEdit && (
              <Button onClick={() => void onSave()} loading={update.isPending}>
                {t('benefits.policy.saveDraft')}
              </Button>
            )}
            {canEdit && (
              <Button type="primary" onClick={onPublish} loading={publish.isPending}>
                {t('benefits.policy.publish')}
              </Button>
            )}
            {canEdit && policy.status === 'published' && (
              <Button danger onClick={onWithdraw} loading={withdraw.isPending}>
                {t('benefits.policy.withdraw')}
              </Button>
            )}
          </Space>
          {preview.data && (
            <Alert
              style={{ marginTop: 16 }}
              type="info"
              role="status"
              data-testid="preview-count"
              title={t(
                policy.target === 'person' ? 'benefits.rule.previewPeople' : 'benefits.rule.previewEnterprises',
                { eligible: preview.data.eligible, unknown: preview.data.unknown, scope: preview.data.scope },
              )}
            />
          )}
          {problem && <Alert style={{ marginTop: 16 }} type="error" role="alert" title={problem} />}
        </Card>

        <Card title={t('benefits.policy.versions')}>
          <Table
            rowKey="version"
            size="small"
            pagination={false}
            dataSource={versions.data?.items ?? []}
            columns={[
              { title: t('benefits.policy.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
              {
                title: t('benefits.rule.title'),
                dataIndex: 'rule',
                render: (r: RuleNode) => (
                  <div className="b-rule-words">
                    {ruleWords(r).map((line, i) => (
                      <div key={i}>{line}</div>
                    ))}
                  </div>
                ),
              },
              {
                title: t('benefits.policy.qualifiedAtPublish'),
                key: 'n',
                render: (_, v) => `${v.eligibleCount} / ${v.unknownCount}`,
              },
              {
                title: t('benefits.policy.publishedBy'),
                key: 'by',
                render: (_, v) => `${v.publishedBy} · ${formatDateTime(v.publishedAt, currentLocale())}`,
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
