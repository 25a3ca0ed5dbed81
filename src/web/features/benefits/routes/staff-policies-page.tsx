import '../benefits.css';
import { Button, Card, Form, Input, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { FormModal } from '../../../components/form-modal';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { useMe } from '../../../lib/auth';
import { fenOfYuan, required, yuanRule } from '../../../lib/validation';
import {
  POLICY_CATEGORIES,
  POLICY_MODES,
  POLICY_TARGETS,
  type Policy,
  type PolicyInput,
  type PolicyTarget,
} from '../api/contracts';
import { useCreatePolicy } from '../api/create-policy';
import { usePolicies } from '../api/list-policies';
import { BenefitsNav } from '../components/benefits-nav';
import { benefitWords } from '../components/format';
import { defaultRule } from '../components/rule-builder';

interface NewPolicy {
  code: string;
  title: string;
  category: (typeof POLICY_CATEGORIES)[number];
  target: PolicyTarget;
  mode: (typeof POLICY_MODES)[number];
  summary: string;
  amountYuan: string;
}

export function StaffPoliciesPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe().data;
  const [page, setPage] = useState(1);
  const policies = usePolicies({ page, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<NewPolicy>();
  const create = useCreatePolicy();
  const canEdit = me?.role === 'street_officer';

  const columns: TableColumnsType<Policy> = [
    {
      title: t('benefits.policy.title'),
      dataIndex: 'title',
      render: (title: string, row) => <Link to={`/staff/benefits/policies/${row.id}`}>{title}</Link>,
    },
    {
      title: t('benefits.policy.category'),
      dataIndex: 'category',
      render: (c: Policy['category']) => t(`benefits.categories.${c}`),
    },
    {
      title: t('benefits.policy.target'),
      dataIndex: 'target',
      render: (v: PolicyTarget) => t(`benefits.targets.${v}`),
    },
    {
      title: t('benefits.policy.mode'),
      dataIndex: 'mode',
      render: (m: Policy['mode']) => (
        <Tag color={m === 'automatic' ? 'purple' : 'blue'}>{t(`benefits.modes.${m}`)}</Tag>
      ),
    },
    { title: t('benefits.policy.benefit'), key: 'benefit', render: (_, row) => benefitWords(row.benefit, t) },
    {
      title: t('benefits.policy.status'),
      key: 'status',
      render: (_, row) => (
        <Tag color={row.status === 'published' ? 'green' : 'default'}>
          {t(`benefits.policyStatus.${row.status}`)}
          {row.version ? ` v${row.version}` : ''}
        </Tag>
      ),
    },
  ];

  return (
    <>
      <StaffPageHeader
        title={t('benefits.nav.policies')}
        extra={
          canEdit && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('benefits.policy.create')}
            </Button>
          )
        }
      />
      <BenefitsNav />
      <Card>
        <Table<Policy>
          rowKey="id"
          columns={columns}
          dataSource={policies.data?.items ?? []}
          loading={policies.isFetching}
          pagination={{ current: page, pageSize: 20, total: policies.data?.total ?? 0, onChange: setPage }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      <FormModal<NewPolicy, Policy>
        open={creating}
        title={t('benefits.policy.create')}
        form={form}
        initialValues={{
          code: '',
          title: '',
          category: 'startup',
          target: 'person',
          mode: 'apply',
          summary: '',
          amountYuan: '1000',
        }}
        saving={create.isPending}
        savedMessage={t('benefits.policy.created')}
        onSubmit={(v, callbacks) => {
          const input: PolicyInput = {
            code: v.code,
            title: v.title,
            category: v.category,
            target: v.target,
            mode: v.mode,
            summary: v.summary,
            benefit: { kind: 'fixed', amountFen: fenOfYuan(v.amountYuan, 'amountYuan') },
            rule: defaultRule(v.target),
          };
          create.mutate(input, callbacks);
        }}
        onSaved={(p) => void navigate(`/staff/benefits/policies/${p.id}`)}
        onClose={() => setCreating(false)}
      >
        <Form.Item name="code" label={t('benefits.policy.code')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="title" label={t('benefits.policy.title')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="category" label={t('benefits.policy.category')}>
          <Select options={POLICY_CATEGORIES.map((c) => ({ value: c, label: t(`benefits.categories.${c}`) }))} />
        </Form.Item>
        <Form.Item name="target" label={t('benefits.policy.target')}>
          <Select options={POLICY_TARGETS.map((c) => ({ value: c, label: t(`benefits.targets.${c}`) }))} />
        </Form.Item>
        <Form.Item name="mode" label={t('benefits.policy.mode')}>
          <Select options={POLICY_MODES.map((c) => ({ value: c, label: t(`benefits.modes.${c}`) }))} />
        </Form.Item>
        <Form.Item name="summary" label={t('benefits.policy.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="amountYuan"
          label={t('benefits.policy.amountYuan')}
          rules={[required('amountYuan'), yuanRule('amountYuan')]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
      </FormModal>
    </>
  );
}
