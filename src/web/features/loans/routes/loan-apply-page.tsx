import '../loans.css';
import { Button, Checkbox, DotLoading, Form, Input, Radio, Space, TextArea } from 'antd-mobile';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { formatFenYuan } from '../../../lib/format';
import { showFieldErrors } from '../../../lib/form-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fenOfYuan, required, yuanRule } from '../../../lib/validation';
import { GUARANTEE_MODES, type GuaranteeMode } from '../api/contracts';
import { useFileLoan } from '../api/file-loan';
import { useLoanSettings } from '../api/get-settings';
import { shareConsentRule } from '../components/loan-words';

interface Values {
  productCode: string;
  enterpriseId: string;
  stationId: string;
  amountYuan: string;
  termMonths: string;
  purpose: string;
  jobsPromised: string;
  guaranteeMode: GuaranteeMode;
  shareConsent: boolean;
}

/** Applying for a guarantee loan from the phone: product, business, station, amount, term, purpose, consent. */
export function LoanApplyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const settings = useLoanSettings();
  const me = useMe().data;
  const file = useFileLoan();
  const [form] = Form.useForm<Values>();
  const [problem, setProblem] = useState<string | null>(null);
  // one key for this filing, so a resend after a lost answer files it once
  const key = useRef(crypto.randomUUID());
  useDocumentTitle(t('loans.apply'));
  if (settings.isPending || !me)
    return (
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    );
  if (settings.isError)
    return (
      <p className="m-alert" role="alert">
        {errorMessage(settings.error)}
      </p>
    );
  const s = settings.data;
  const guarantee = s.institutions.find((i) => i.kind === 'guarantee')?.name ?? '';
  const bank = s.institutions.find((i) => i.kind === 'bank')?.name ?? '';
  const products = s.products.filter((p) => p.active);

  const onFinish = (v: Values) => {
    setProblem(null);
    file.mutate(
      {
        clientKey: key.current,
        productCode: v.productCode,
        stationId: Number(v.stationId),
        ...(v.enterpriseId ? { enterpriseId: Number(v.enterpriseId) } : {}),
        amountFen: fenOfYuan(v.amountYuan, 'loanAmount'),
        termMonths: Number(v.termMonths),
        purpose: v.purpose,
        jobsPromised: Number(v.jobsPromised),
        guaranteeMode: v.guaranteeMode,
        shareConsent: true,
      },
      {
        onSuccess: (loan) => void navigate(`/loans/${loan.id}`, { replace: true }),
        onError: (error) => {
          if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
        },
      },
    );
  };

  return (
    <>
      <MobileHeader title={t('loans.apply')} backTo="/loans" />
      <Form
        form={form}
        layout="vertical"
        requiredMarkStyle="none"
        initialValues={{
          productCode: products[0]?.code,
          enterpriseId: '',
          stationId: String(s.stations[0]?.id ?? ''),
          termMonths: '24',
          jobsPromised: '1',
          guaranteeMode: 'guarantee_centre',
          shareConsent: false,
        }}
        onFinish={onFinish}
        footer={
          <>
            {problem && (
              <p className="m-alert" role="alert">
                {problem}
              </p>
            )}
            <Button block type="submit" color="primary" size="large" loading={file.isPending}>
              {t('loans.submit')}
            </Button>
          </>
        }
      >
        <Form.Item name="productCode" label={t('loans.form.product')}>
          <Radio.Group>
            <Space direction="vertical">
              {products.map((p) => (
                <Radio key={p.code} value={p.code}>
                  {p.title}
                  <span className="l-hint">
                    {t('loans.form.productHint', { amount: formatFenYuan(p.maxAmountFen), months: p.maxTermMonths })}
                  </span>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="enterpriseId" label={t('loans.form.business')}>
          <Radio.Group>
            <Space direction="vertical">
              <Radio value="">{t('loans.form.noBusiness')}</Radio>
              {me.enterprises.map((e) => (
                <Radio key={e.id} value={String(e.id)}>
                  {e.name}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="stationId" label={t('loans.form.station')}>
          <Radio.Group>
            <Space direction="vertical">
              {s.stations.map((st) => (
                <Radio key={st.id} value={String(st.id)}>
                  {st.name}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="amountYuan"
          label={t('loans.form.amount')}
          rules={[required('loanAmount'), yuanRule('loanAmount')]}
        >
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        {/* typed numbers, not antd-mobile's Stepper: its input has no label a screen reader can read */}
        <Form.Item name="termMonths" label={t('loans.form.term')}>
          <Input type="number" inputMode="numeric" min={1} max={36} autoComplete="off" />
        </Form.Item>
        <Form.Item name="purpose" label={t('loans.form.purpose')} rules={[required('loanPurpose')]}>
          <TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="jobsPromised" label={t('loans.form.jobs')}>
          <Input type="number" inputMode="numeric" min={0} max={500} autoComplete="off" />
        </Form.Item>
        <Form.Item name="guaranteeMode" label={t('loans.form.guaranteeMode')}>
          <Radio.Group>
            <Space direction="vertical">
              {GUARANTEE_MODES.map((m) => (
                <Radio key={m} value={m}>
                  {t(`loans.guaranteeMode.${m}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="shareConsent" valuePropName="checked" rules={[shareConsentRule(t)]}>
          <Checkbox>{t('loans.form.consentLabel', { guarantee, bank })}</Checkbox>
        </Form.Item>
      </Form>
    </>
  );
}
