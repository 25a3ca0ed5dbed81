import { Button, Checkbox, Form, Input, Selector, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { CheckGrid } from '../../../components/check-grid';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import {
  findFeeDemand,
  JOB_CATEGORIES,
  JOB_SKILLS,
  JOB_TYPES,
  PAY_UNITS,
  type CreateJobPostInput,
} from '../../../lib/contracts';
import { showFieldErrors } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fenOfYuan, required, yuanRule } from '../../../lib/validation';
import { useCreatePost } from '../api/create-post';
import { CompoundNativeSelect } from '../../../components/compound-native-select';
import { beijingDayFromNow } from '../components/format';
import { WindowsEditor, type WindowValue } from '../components/windows-editor';
import '../jobs.css';

interface Values {
  enterpriseId: number[];
  title: string;
  category: CreateJobPostInput['category'][];
  type: CreateJobPostInput['type'][];
  payMin: string;
  payMax: string;
  payUnit: CreateJobPostInput['payUnit'][];
  flexible: boolean;
  windows: WindowValue[];
  workAreaId: number;
  headcount: string;
  skills: string[];
  requirements: string;
  description: string;
  contract: boolean;
  socialInsurance: boolean;
  validUntil: string;
  requestMotherLabel: boolean;
}

export function PostFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.employer.formTitle'));
  const navigate = useNavigate();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const create = useCreatePost();
  const [problem, setProblem] = useState<string | null>(null);
  const [feeWord, setFeeWord] = useState<string | null>(null);
  const flexible = Form.useWatch('flexible', form);
  const [inMonth] = useState(() => beijingDayFromNow(30));

  // The same word list the server refuses with, so the employer sees it while typing.
  const checkFees = () => {
    const v = form.getFieldsValue(true) as Values;
    setFeeWord(findFeeDemand(`${v.title ?? ''}，${v.requirements ?? ''}，${v.description ?? ''}`));
  };

  const onFinish = (v: Values) => {
    setProblem(null);
    const input: CreateJobPostInput = {
      enterpriseId: v.enterpriseId[0] ?? 0,
      title: v.title,
      category: v.category[0] ?? 'other',
      type: v.type[0] ?? 'part_time',
      payMinFen: fenOfYuan(v.payMin, 'payMin'),
      payMaxFen: fenOfYuan(v.payMax || v.payMin, 'payMax'),
      payUnit: v.payUnit[0] ?? 'hour',
      flexible: v.flexible,
      windows: v.flexible ? [] : v.windows,
      workAreaId: v.workAreaId,
      headcount: Number(v.headcount) || 1,
      skills: v.skills,
      requirements: v.requirements ?? '',
      description: v.description ?? '',
      contract: v.contract,
      socialInsurance: v.socialInsurance,
      validUntil: v.validUntil,
      requestMotherLabel: v.requestMotherLabel,
    };
    create.mutate(input, {
      onSuccess: (post) => {
        Toast.show({
          content: post.status === 'published' ? t('jobs.employer.published') : t('jobs.employer.pending'),
        });
        void navigate(`/jobs/employer/posts/${post.id}`, { replace: true });
      },
      onError: (e) => {
        if (!showFieldErrors(form, e)) setProblem(errorMessage(e));
      },
    });
  };

  if (!me) return null;
  return (
    <>
      <MobileHeader title={t('jobs.employer.formTitle')} backTo="/jobs/employer" />
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        onValuesChange={checkFees}
        initialValues={{
          enterpriseId: me.enterprises[0] ? [me.enterprises[0].id] : [],
          category: ['manufacturing'],
          type: ['part_time'],
          payUnit: ['hour'],
          flexible: false,
          windows: [{ days: [1, 2, 3, 4, 5], from: '08:30', to: '15:30' }],
          headcount: '1',
          skills: [],
          contract: false,
          socialInsurance: false,
          validUntil: inMonth,
          requestMotherLabel: false,
        }}
        onFinish={onFinish}
        footer={
          <>
            {feeWord && (
              <p className="m-alert" role="alert" data-testid="fee-warning">
                {t('jobs.employer.feeWarning', { word: feeWord })}
              </p>
            )}
            {problem && (
              <p className="m-alert" role="alert">
                {problem}
              </p>
            )}
            <Button block type="submit" color="primary" size="large" loading={create.isPending}>
              {t('jobs.employer.publish')}
            </Button>
          </>
        }
      >
        <Form.Item name="enterpriseId" label={t('jobs.employer.enterprise')}>
          <Selector columns={1} options={me.enterprises.map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('jobs.employer.titleField')}
          rules={[{ required: true, message: t('jobs.employer.titleField') }]}
        >
          <Input maxLength={60} clearable />
        </Form.Item>
        <Form.Item name="category" label={t('jobs.employer.category')}>
          <Selector columns={3} options={JOB_CATEGORIES.map((c) => ({ value: c, label: t(`jobs.categories.${c}`) }))} />
        </Form.Item>
        <Form.Item name="type" label={t('jobs.employer.type')}>
          <Selector columns={3} options={JOB_TYPES.map((c) => ({ value: c, label: t(`jobs.types.${c}`) }))} />
        </Form.Item>
        <Form.Item name="payMin" label={t('jobs.employer.payMin')} rules={[required('payMin'), yuanRule('payMin')]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="payMax" label={t('jobs.employer.payMax')} rules={[yuanRule('payMax')]}>
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item name="payUnit" label={t('jobs.employer.payUnit')}>
          <Selector columns={4} options={PAY_UNITS.map((u) => ({ value: u, label: t(`jobs.units.${u}`) }))} />
        </Form.Item>
        <Form.Item name="flexible" valuePropName="checked">
          <Checkbox>{t('jobs.employer.flexible')}</Checkbox>
        </Form.Item>
        {!flexible && (
          <Form.Item name="windows" label={t('jobs.employer.windows')}>
            <WindowsEditor />
          </Form.Item>
        )}
        <Form.Item
          name="workAreaId"
          label={t('jobs.employer.workplace')}
          rules={[{ required: true, message: t('jobs.employer.workplace') }]}
          childElementPosition="normal"
        >
          <CompoundNativeSelect placeholder={t('jobs.employer.workplace')} includePlaces />
        </Form.Item>
        <Form.Item name="headcount" label={t('jobs.employer.headcount')}>
          <Input type="number" inputMode="numeric" />
        </Form.Item>
        <Form.Item name="skills" label={t('jobs.employer.skills')}>
          <CheckGrid options={JOB_SKILLS} labelOf={(s) => t(`jobs.skills.${s}`)} />
        </Form.Item>
        <Form.Item name="requirements" label={t('jobs.employer.requirements')}>
          <TextArea maxLength={1000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
        <Form.Item name="description" label={t('jobs.employer.description')}>
          <TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="contract" valuePropName="checked">
          <Checkbox>{t('jobs.employer.contract')}</Checkbox>
        </Form.Item>
        <Form.Item name="socialInsurance" valuePropName="checked">
          <Checkbox>{t('jobs.employer.socialInsurance')}</Checkbox>
        </Form.Item>
        <Form.Item name="validUntil" label={t('jobs.employer.validUntil')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="requestMotherLabel" valuePropName="checked">
          <Checkbox>{t('jobs.employer.requestMother')}</Checkbox>
        </Form.Item>
      </Form>
    </>
  );
}
