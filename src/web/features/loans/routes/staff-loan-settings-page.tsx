import { Alert, App, Button, Card, Input, InputNumber, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { formatFenYuan } from '../../../lib/format';
import { fenOfYuan } from '../../../lib/validation';
import type { LoanProduct } from '../api/contracts';
import { useAddLpr } from '../api/add-lpr';
import { useLoanSettings } from '../api/get-settings';
import { useUpdateLoanProduct } from '../api/update-product';
import { bpOfPercent, percentOfBp } from '../components/loan-words';

/** The loan settings with their legal basis: products' limits, the rate rules, the dated LPR, stage targets. */
export function StaffLoanSettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useLoanSettings();
  const canEdit = useMe().data?.role === 'street_officer';
  const update = useUpdateLoanProduct();
  const addLpr = useAddLpr();
  const [lprDay, setLprDay] = useState('');
  const [lprRate, setLprRate] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const s = settings.data;
  const saved = () => void message.success(t('loans.staff.done'));
  const failed = (err: unknown) => setProblem(errorMessage(err));

  const columns: TableColumnsType<LoanProduct & { id: string }> = [
    { title: t('loans.form.product'), dataIndex: 'title', fixed: 'left' },
    {
      title: t('loans.settings.maxAmount'),
      key: 'a',
      render: (_, p) =>
        canEdit ? (
          <Input
            aria-label={`${p.title} ${t('loans.settings.maxAmount')}`}
            defaultValue={String(p.maxAmountFen / 100)}
            style={{ width: 140 }}
            onBlur={(e) => {
              try {
                const fen = fenOfYuan(e.target.value, 'loanAmount');
                if (fen !== p.maxAmountFen)
                  update.mutate({ code: p.code, maxAmountFen: fen }, { onSuccess: saved, onError: failed });
              } catch (err) {
                failed(err);
              }
            }}
          />
        ) : (
          formatFenYuan(p.maxAmountFen)
        ),
    },
    {
      title: t('loans.settings.maxTerm'),
      key: 't',
      render: (_, p) =>
        canEdit ? (
          <InputNumber
            aria-label={`${p.title} ${t('loans.settings.maxTerm')}`}
            min={1}
            max={120}
            defaultValue={p.maxTermMonths}
            onBlur={(e) => {
              const months = Number(e.target.value);
              if (Number.isInteger(months) && months !== p.maxTermMonths)
                update.mutate({ code: p.code, maxTermMonths: months }, { onSuccess: saved, onError: failed });
            }}
          />
        ) : (
          p.maxTermMonths
        ),
    },
    { title: t('loans.settings.condition'), key: 'c', render: (_, p) => p.condition || '—' },
    { title: t('loans.settings.legalBasis'), dataIndex: 'legalBasis' },
  ];

  return (
    <>
      <StaffPageHeader
        title={t('loans.settings.title')}
        parent={{ to: '/staff/loans', label: t('loans.staff.title') }}
      />
      {problem && <Alert type="error" showIcon title={problem} role="alert" style={{ marginBottom: 16 }} />}
      {s && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Card title={t('loans.settings.products')}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              columns={columns}
              dataSource={s.products.map((p) => ({ ...p, id: p.code }))}
            />
          </Card>
          <Card title={t('loans.settings.rules')}>
            <p>
              {t('loans.settings.rulesText', {
                cap: s.rules.rateCapSpreadBp,
                share: -s.rules.borrowerSpreadBp,
                years: s.rules.subsidyYears,
              })}
            </p>
            <p>{s.rules.legalBasis}</p>
          </Card>
          <Card title={t('loans.settings.lpr')}>
            <ul>
              {s.lpr.map((r) => (
                <li key={r.effectiveFrom}>{`${r.effectiveFrom} · ${percentOfBp(r.rateBp)}%`}</li>
              ))}
            </ul>
            {canEdit && (
              <Space wrap>
                <label htmlFor="lpr-day">{t('loans.settings.lprFrom')}</label>
                <Input
                  id="lpr-day"
                  type="date"
                  value={lprDay}
                  onChange={(e) => setLprDay(e.target.value)}
                  style={{ width: 170 }}
                />
                <label htmlFor="lpr-rate">{t('loans.settings.lprRate')}</label>
                <Input
                  id="lpr-rate"
                  value={lprRate}
                  onChange={(e) => setLprRate(e.target.value)}
                  style={{ width: 90 }}
                />
                <Button
                  type="primary"
                  loading={addLpr.isPending}
                  onClick={() => {
                    const bp = bpOfPercent(lprRate);
                    if (bp === null || !lprDay) return setProblem(t('loans.settings.lprRate'));
                    setProblem(null);
                    addLpr.mutate({ effectiveFrom: lprDay, rateBp: bp }, { onSuccess: saved, onError: failed });
                  }}
                >
                  {t('loans.settings.record')}
                </Button>
              </Space>
            )}
          </Card>
          <Card title={t('loans.settings.targets')}>
            <ul>
              {s.stageTargets.map((st) => (
                <li key={st.stage}>
                  {t(`loans.stage.${st.stage as 'submitted'}`)}：{t('loans.settings.days', { days: st.workingDays })}
                </li>
              ))}
            </ul>
          </Card>
        </Space>
      )}
    </>
  );
}
