import { Button, Form, Input, Selector, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CheckGrid } from '../../../components/check-grid';
import { CompoundNativeSelect } from '../../../components/compound-native-select';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { businessDay, JOB_SKILLS, parseYuanToFen, SHARING_POST_KINDS } from '../../../lib/contracts';
import { showFieldErrors } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCreateSharingPost } from '../api/create-post';
import '../sharing.css';

interface Values {
  enterpriseId: number[];
  kind: ('surplus' | 'shortage')[];
  skills: string[];
  headcount: string;
  startDate: string;
  endDate: string;
  siteAreaId: number;
  dailyHours: string;
  pay: string;
  note: string;
}

const dayFromNow = (days: number) => businessDay(new Date(Date.now() + days * 86_400_000));

/** Post staff to spare or a shortage; a shortage also says its hours a day and pay. */
export function SharingPostFormPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sharing.form.title'));
  const navigate = useNavigate();
  const me = useMe().data;
  const [form] = Form.useForm<Values>();
  const create = useCreateSharingPost();
  const [problem, setProblem] = useState<string | null>(null);
  // One key per form visit: a resend after a lost answer makes nothing new.
  const [clientKey] = useState(() => `sharing-post-${crypto.randomUUID()}`);
  const kind = Form.useWatch('kind', form)?.[0] ?? 'shortage';
  const [initial] = useState(() => ({ start: dayFromNow(1), end: dayFromNow(31) }));

  const onFinish = (v: Values) => {
    setProblem(null);
    const pay = parseYuanToFen(v.pay ?? '');
    if (kind === 'shortage' && !pay.ok) {
      form.setFields([{ name: 'pay', errors: [t('sharing.form.pay')] }]);
      return;
    }
    create.mutate(
      {
        enterpriseId: v.enterpriseId[0] ?? 0,
        kind,
        skills: v.skills,
        headcount: Number(v.headcount) || 1,
        startDate: v.startDate,
        endDate: v.endDate,
        siteAreaId: v.siteAreaId,
        dailyHours: kind === 'shortage' ? Number(v.dailyHours) || null : null,
        payFenPerDay: kind === 'shortage' && pay.ok ? pay.value : null,
        note: v.note ?? '',
        clientKey,
      },
      {
        onSuccess: (post) => {
          Toast.show({ content: t('sharing.form.done') });
          void navigate(`/sharing/employer/posts/${post.id}`, { replace: true });
        },
        onError: (e) => {
          if (!showFieldErrors(form, e)) setProblem(errorMessage(e));
        },
      },
    );
  };

  if (!me) return null;
  return (
    <>
      <MobileHeader title={t('sharing.form.title')} backTo="/sharing/employer" />
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        initialValues={{
          enterpriseId: me.enterprises[0] ? [me.enterprises[0].id] : [],
          kind: ['shortage'],
          skills: [],
          headcount: '1',
          startDate: initial.start,
          endDate: initial.end,
          dailyHours: '8',
          pay: '',
          note: '',
        }}
        onFinish={onFinish}
        footer={
          <>
            <p className="sh-note">{t('sharing.form.expiryHint')}</p>
            {problem && (
              <p className="m-alert" role="alert">
                {problem}
              </p>
            )}
            <Button block type="submit" color="primary" size="large" loading={create.isPending}>
              {t('sharing.form.submit')}
            </Button>
          </>
        }
      >
        <Form.Item name="enterpriseId" label={t('sharing.form.enterprise')}>
          <Selector columns={1} options={me.enterprises.map((e) => ({ value: e.id, label: e.name }))} />
        </Form.Item>
        <Form.Item name="kind" label={t('sharing.form.kind')} description={t(`sharing.kindHint.${kind}`)}>
          <Selector
            columns={2}
            options={SHARING_POST_KINDS.map((k) => ({ value: k, label: t(`sharing.kinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="skills"
          label={t('sharing.form.skills')}
          rules={[{ required: true, type: 'array', min: 1, message: t('sharing.form.skills') }]}
        >
          <CheckGrid options={JOB_SKILLS} labelOf={(s) => t(`jobs.skills.${s}`)} />
        </Form.Item>
        <Form.Item name="headcount" label={t('sharing.form.headcount')}>
          <Input type="number" inputMode="numeric" />
        </Form.Item>
        <Form.Item name="startDate" label={t('sharing.form.startDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endDate" label={t('sharing.form.endDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item
          name="siteAreaId"
          label={t('sharing.form.site')}
          rules={[{ required: true, message: t('sharing.form.site') }]}
          childElementPosition="normal"
        >
          <CompoundNativeSelect placeholder={t('sharing.form.site')} includePlaces />
        </Form.Item>
        {kind === 'shortage' && (
          <>
            <Form.Item name="dailyHours" label={t('sharing.form.dailyHours')}>
              <Input type="number" inputMode="numeric" />
            </Form.Item>
            <Form.Item name="pay" label={t('sharing.form.pay')}>
              <Input inputMode="decimal" />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label={t('sharing.form.note')}>
          <TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
      </Form>
    </>
  );
}
