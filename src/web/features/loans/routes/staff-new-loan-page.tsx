import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { formatFenYuan } from '../../../lib/format';
import { showFieldErrors } from '../../../lib/form-errors';
import { fenOfYuan, required, yuanRule } from '../../../lib/validation';
import { GUARANTEE_MODES, type GuaranteeMode } from '../api/contracts';
import { useFileLoan } from '../api/file-loan';
import { useLoanSettings } from '../api/get-settings';
import { shareConsentRule } from '../components/loan-words';
import { useLookupApplicant } from '../api/lookup-applicant';

interface Values {
  productCode: string;
  enterpriseId?: number;
  amountYuan: string;
  termMonths: number;
  purpose: string;
  jobsPromised: number;
  guaranteeMode: GuaranteeMode;
  consentMethod: 'paper' | 'verbal_witnessed';
  witness?: string;
  shareConsent: boolean;
}

/** A station agent files a loan for a walk-in applicant (代办): found by phone, their consent recorded. */
export function StaffNewLoanPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useLoanSettings();
  const lookup = useLookupApplicant();
  const file = useFileLoan();
  const [phone, setPhone] = useState('');
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  const key = useRef(crypto.randomUUID());
  const applicant = lookup.data;
  const guarantee = settings.data?.institutions.find((i) => i.kind === 'guarantee')?.name ?? '';
  const bank = settings.data?.institutions.find((i) => i.kind === 'bank')?.name ?? '';
  const method = Form.useWatch('consentMethod', form);

  const onFinish = (v: Values) => {
    if (!applicant) return;
    setProblem(null);
    file.mutate(
      {
        clientKey: key.current,
        productCode: v.productCode,
        residentId: applicant.residentId,
        ...(v.enterpriseId ? { enterpriseId: v.enterpriseId } : {}),
        amountFen: fenOfYuan(v.amountYuan, 'loanAmount'),
        termMonths: v.termMonths,
        purpose: v.purpose,
        jobsPromised: v.jobsPromised,
        guaranteeMode: v.guaranteeMode,
        shareConsent: true,
        consent: { consentMethod: v.consentMethod, ...(v.witness ? { witness: v.witness } : {}) },
      },
      {
        onSuccess: (loan) => void navigate(`/staff/loans/${loan.id}`, { replace: true }),
        onError: (error) => {
          if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
        },
      },
    );
  };

  return (
    <>
      <StaffPageHeader
        title={t('loans.staff.newAssisted')}
        parent={{ to: '/staff/loans', label: t('loans.staff.title') }}
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <label htmlFor="applicant-phone">{t('loans.staff.lookupPhone')}</label>
          <Input
            id="applicant-phone"
            inputMode="tel"
            style={{ width: 200 }}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            onPressEnter={() => lookup.mutate(phone.trim())}
          />
          <Button loading={lookup.isPending} onClick={() => lookup.mutate(phone.trim())}>
            {t('loans.staff.lookup')}
          </Button>
          {applicant && <strong data-testid="applicant-name">{applicant.name}</strong>}
        </Space>
        {lookup.isError && <Alert type="warning" showIcon title={t('loans.staff.lookupNone')} role="alert" />}
        {applicant && settings.data && (
          <Form<Values>
            form={form}
            layout="vertical"
            style={{ maxWidth: 640 }}
            initialValues={{
              productCode: settings.data.products.find((p) => p.active)?.code,
              termMonths: 24,
              jobsPromised: 1,
              guaranteeMode: 'guarantee_centre',
              consentMethod: 'paper',
              shareConsent: false,
            }}
            onFinish={onFinish}
          >
            <Form.Item name="productCode" label={t('loans.form.product')}>
              <Radio.Group
                options={settings.data.products
                  .filter((p) => p.active)
                  .map((p) => ({
                    value: p.code,
                    label: `${p.title}（${t('loans.form.productHint', { amount: formatFenYuan(p.maxAmountFen), months: p.maxTermMonths })}）`,
                  }))}
              />
            </Form.Item>
            <Form.Item name="enterpriseId" label={t('loans.form.business')}>
              <Select
                allowClear
                placeholder={t('loans.form.noBusiness')}
                options={applicant.enterprises.map((e) => ({ value: e.id, label: e.name }))}
              />
            </Form.Item>
            <Form.Item
              name="amountYuan"
              label={t('loans.form.amount')}
              rules={[required('loanAmount'), yuanRule('loanAmount')]}
            >
              <Input inputMode="decimal" />
            </Form.Item>
            <Form.Item name="termMonths" label={t('loans.form.term')}>
              <InputNumber min={1} max={36} />
            </Form.Item>
            <Form.Item name="purpose" label={t('loans.form.purpose')} rules={[required('loanPurpose')]}>
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
            <Form.Item name="jobsPromised" label={t('loans.form.jobs')}>
              <InputNumber min={0} max={500} />
            </Form.Item>
            <Form.Item name="guaranteeMode" label={t('loans.form.guaranteeMode')}>
              <Select options={GUARANTEE_MODES.map((m) => ({ value: m, label: t(`loans.guaranteeMode.${m}`) }))} />
            </Form.Item>
            <Form.Item name="consentMethod" label={t('loans.form.consentMethod')}>
              <Radio.Group
                options={(['paper', 'verbal_witnessed'] as const).map((m) => ({
                  value: m,
                  label: t(`loans.form.methods.${m}`),
                }))}
              />
            </Form.Item>
            {method === 'verbal_witnessed' && (
              <Form.Item name="witness" label={t('loans.form.witness')} rules={[{ required: true }]}>
                <Input maxLength={40} />
              </Form.Item>
            )}
            <Form.Item name="shareConsent" valuePropName="checked" rules={[shareConsentRule(t)]}>
              <Checkbox>{t('loans.form.consentLabel', { guarantee, bank })}</Checkbox>
            </Form.Item>
            {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
            <Button type="primary" htmlType="submit" loading={file.isPending}>
              {t('loans.submit')}
            </Button>
          </Form>
        )}
      </Card>
    </>
  );
}
