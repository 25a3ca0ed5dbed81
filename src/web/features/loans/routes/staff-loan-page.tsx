import '../loans.css';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Input,
  Select,
  Space,
  Steps,
  Table,
  Tag,
  Timeline,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordPage } from '../../../components/record-page';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatDay, formatFenYuan } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import type { LoanAction, LoanDetail } from '../api/contracts';
import { useLoan } from '../api/get-loan';
import { useLoanAction } from '../api/loan-action';
import { useUploadLoanMaterial } from '../api/upload-material';
import { loanMaterialUrl } from '../api/open-material';
import { LoanJobsCreated } from '../components/loan-jobs-created';
import { LoanRepayments } from '../components/loan-repayments';
import { bpOfPercent, percentOfBp } from '../components/loan-words';

/** One loan in the console: the applicant (masked), the journey, the holder's steps, materials, plan, history. */
export function StaffLoanPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const loan = useLoan(id);
  return (
    <RecordPage
      id={id}
      query={loan}
      title={t('loans.staff.detail')}
      parent={{ to: '/staff/loans', label: t('loans.staff.title') }}
      backLabel={t('loans.staff.title')}
    >
      {(l) => <LoanView loan={l} />}
    </RecordPage>
  );
}

function LoanView({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const current = loan.stages.findIndex((s) => s.state === 'current');
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Card title={t('loans.staff.applicant')}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('loans.staff.applicant')}>{loan.applicant.residentName}</Descriptions.Item>
          <Descriptions.Item label={t('loans.staff.phone')}>{loan.applicant.phoneMasked}</Descriptions.Item>
          <Descriptions.Item label={t('loans.staff.business')}>
            {loan.applicant.enterpriseName ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('loans.form.product')}>{loan.product.title}</Descriptions.Item>
          <Descriptions.Item label={t('loans.staff.columns.amount')}>
            {t('loans.amountTerm', { amount: formatFenYuan(loan.amountFen), months: loan.termMonths })}
          </Descriptions.Item>
          <Descriptions.Item label={t('loans.staff.purpose')}>{loan.purpose}</Descriptions.Item>
          <Descriptions.Item label={t('loans.staff.jobs')}>
            {t('loans.staff.jobsValue', { promised: loan.jobsPromised })}
            {loan.jobsCreated !== null && ` · ${t('loans.staff.jobsCreated', { created: loan.jobsCreated })}`}
          </Descriptions.Item>
          <Descriptions.Item label={t('loans.form.guaranteeMode')}>
            {t(`loans.guaranteeMode.${loan.guaranteeMode}`)}
          </Descriptions.Item>
          <Descriptions.Item label={t('loans.form.station')}>
            {loan.station.name}
            {loan.assisted && <Tag style={{ marginLeft: 8 }}>{t('loans.staff.assisted')}</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label={t('loans.eligibility')}>
            {loan.eligibility
              ? t(
                  loan.eligibility.outcome === 'eligible'
                    ? 'loans.eligible'
                    : loan.eligibility.outcome === 'not_eligible'
                      ? 'loans.notEligible'
                      : 'loans.unknown',
                )
              : '—'}
          </Descriptions.Item>
        </Descriptions>
        <p className="l-consent">
          {t('loans.consent')}：{loan.consentText}
        </p>
      </Card>

      <Card title={t('loans.journey')}>
        <p data-testid="loan-status">
          <Tag color="blue">{t(`loans.status.${loan.status}`)}</Tag>
          {loan.holder !== 'nobody' && t('loans.holderNow', { holder: loan.holderName })}
        </p>
        <Steps
          direction="vertical"
          size="small"
          current={current}
          items={loan.stages.map((s) => ({
            title: t(`loans.stage.${s.stage as 'draft'}`),
            status:
              s.state === 'done' ? 'finish' : s.state === 'current' ? (s.pastTarget ? 'error' : 'process') : 'wait',
            description: (
              <span>
                {s.holderName}
                {s.workingDaysUsed !== null && s.targetWorkingDays !== null && (
                  <> · {t('loans.daysUsedShort', { used: s.workingDaysUsed, target: s.targetWorkingDays })}</>
                )}
                {s.pastTarget && (
                  <Tag color="red" style={{ marginLeft: 8 }}>
                    {t('loans.pastTarget')}
                  </Tag>
                )}
              </span>
            ),
          }))}
        />
      </Card>

      <StepPanel loan={loan} />
      <Materials loan={loan} />
      {loan.disbursedOn && <Plan loan={loan} />}
      {loan.disbursedOn && (
        <LoanRepayments
          loan={loan}
          canRecord={loan.actions.includes('settle') || loan.actions.includes('cure_overdue')}
        />
      )}
      {loan.canRecordJobs && <LoanJobsCreated loan={loan} />}

      <Card title={t('loans.history')}>
        <Timeline
          items={loan.events.map((e) => ({
            children: (
              <span>
                {formatDateTime(e.at, currentLocale())} · {e.actorName} · {t(`loans.actions.${e.action as 'submit'}`)}
                {e.onBehalf && <Tag style={{ marginLeft: 8 }}>{t('loans.onBehalf')}</Tag>}
                {e.note && <div>{e.note}</div>}
              </span>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

/** The steps the caller may take now, with the note and the bank's terms they ask for. */
function StepPanel({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const act = useLoanAction(loan.id);
  const [note, setNote] = useState('');
  const [rate, setRate] = useState(loan.rateCapBp !== null ? percentOfBp(loan.rateCapBp) : '');
  const [frequency, setFrequency] = useState<'monthly' | 'quarterly'>('quarterly');
  const [principal, setPrincipal] = useState<'at_maturity' | 'instalments'>('at_maturity');
  const [day, setDay] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const actions = loan.actions.filter((a) => a !== 'submit' || loan.assisted);

  const run = (action: LoanAction) => {
    setProblem(null);
    const needsNote = action === 'return' || action === 'reject' || action === 'mark_overdue';
    if (needsNote && !note.trim()) return setProblem(t('loans.staff.noteRequired'));
    const extra: Record<string, unknown> = {};
    if (action === 'bank_approve') {
      const bp = bpOfPercent(rate);
      if (bp === null) return setProblem(t('loans.staff.ratePercent'));
      Object.assign(extra, { rateBp: bp, interestFrequency: frequency, principalMode: principal });
    }
    if (action === 'disburse' && day) extra.disbursedOn = day;
    act.mutate(
      { action, ...(note.trim() ? { note: note.trim() } : {}), ...extra },
      {
        onSuccess: () => {
          setNote('');
          void message.success(t('loans.staff.done'));
        },
        onError: (err) => setProblem(errorMessage(err)),
      },
    );
  };

  return (
    <Card title={t('loans.whatNext')}>
      {actions.length === 0 ? (
        <p>{t('loans.staff.noActions')}</p>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {actions.includes('bank_approve') && (
            <Space wrap>
              <label htmlFor="loan-rate">{t('loans.staff.ratePercent')}</label>
              <Input id="loan-rate" style={{ width: 100 }} value={rate} onChange={(e) => setRate(e.target.value)} />
              {loan.rateCapBp !== null && <span>{t('loans.staff.rateCap', { cap: percentOfBp(loan.rateCapBp) })}</span>}
              <Select
                aria-label={t('loans.frequency.quarterly')}
                value={frequency}
                onChange={setFrequency}
                options={(['monthly', 'quarterly'] as const).map((f) => ({
                  value: f,
                  label: t(`loans.frequency.${f}`),
                }))}
              />
              <Select
                aria-label={t('loans.principalMode.at_maturity')}
                value={principal}
                onChange={setPrincipal}
                options={(['at_maturity', 'instalments'] as const).map((p) => ({
                  value: p,
                  label: t(`loans.principalMode.${p}`),
                }))}
              />
            </Space>
          )}
          {actions.includes('disburse') && (
            <Space wrap>
              <label htmlFor="loan-day">{t('loans.disbursedOn')}</label>
              <Input
                id="loan-day"
                type="date"
                style={{ width: 180 }}
                value={day}
                onChange={(e) => setDay(e.target.value)}
              />
            </Space>
          )}
          <label htmlFor="loan-note">{t('loans.staff.note')}</label>
          <Input.TextArea
            id="loan-note"
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {problem && <Alert type="error" showIcon title={problem} role="alert" />}
          <Space wrap>
            {actions.map((a) => (
              <Button
                key={a}
                type={a === 'return' || a === 'reject' || a === 'withdraw' ? 'default' : 'primary'}
                danger={a === 'reject' || a === 'mark_overdue'}
                loading={act.isPending && act.variables?.action === a}
                onClick={() => run(a)}
                data-testid={`loan-action-${a}`}
              >
                {t(`loans.actions.${a}`)}
              </Button>
            ))}
          </Space>
        </Space>
      )}
    </Card>
  );
}

/** What the product asks for, what is in, and (for the station) uploading what the applicant brought. */
function Materials({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const upload = useUploadLoanMaterial(loan.id);
  const [material, setMaterial] = useState<string | undefined>(loan.materials.missing[0]);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Card title={t('loans.missingTitle')}>
      <p data-testid="loan-missing">
        {loan.materials.missing.length
          ? t('loans.missingItems', { items: loan.materials.missing.join('、') })
          : t('loans.missingNone')}
      </p>
      {loan.materials.uploaded.length > 0 && (
        <ul>
          {loan.materials.uploaded.map((m) => (
            <li key={m.id}>
              {`${m.material}：`}
              <a
                href={loanMaterialUrl(loan.id, m.id)}
                target="_blank"
                rel="noreferrer"
                style={{ textDecoration: 'underline' }}
              >
                {m.name}
              </a>
              {`（${formatDay(m.at)}）`}
            </li>
          ))}
        </ul>
      )}
      {loan.materials.missing.length > 0 && loan.actions.length > 0 && (
        <Space wrap>
          <Select
            aria-label={t('loans.material')}
            style={{ minWidth: 200 }}
            value={material}
            onChange={setMaterial}
            options={loan.materials.missing.map((m) => ({ value: m, label: m }))}
          />
          <input
            aria-label={t('loans.chooseFile')}
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Button
            disabled={!file || !material}
            loading={upload.isPending}
            onClick={() =>
              file &&
              material &&
              upload.mutate(
                { material, file },
                {
                  onSuccess: (next) => {
                    setFile(null);
                    setProblem(null);
                    setMaterial(next.materials.missing[0]);
                  },
                  onError: (err) => setProblem(errorMessage(err)),
                },
              )
            }
          >
            {t('loans.upload')}
          </Button>
        </Space>
      )}
      {problem && <Alert type="error" showIcon title={problem} role="alert" />}
    </Card>
  );
}

function Plan({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  type Row = LoanDetail['schedule'][number] & { id: number };
  const columns: TableColumnsType<Row> = [
    { title: '#', dataIndex: 'no', fixed: 'left' },
    { title: t('loans.maturityOn'), dataIndex: 'dueOn' },
    { title: t('loans.principal'), key: 'p', align: 'right', render: (_, r) => formatFenYuan(r.principalFen) },
    { title: t('loans.interest'), key: 'i', align: 'right', render: (_, r) => formatFenYuan(r.interestFen) },
    { title: t('loans.subsidy'), key: 's', align: 'right', render: (_, r) => formatFenYuan(r.subsidyFen) },
    {
      title: t('loans.borrowerInterest'),
      key: 'b',
      align: 'right',
      render: (_, r) => formatFenYuan(r.borrowerInterestFen),
    },
    { title: t('loans.repay.owes'), key: 'o', align: 'right', render: (_, r) => formatFenYuan(r.owesFen) },
    { title: t('loans.repay.paid'), key: 'd', align: 'right', render: (_, r) => formatFenYuan(r.paidFen) },
    {
      title: t('loans.repay.state'),
      key: 'st',
      render: (_, r) =>
        r.paidOn ? (
          <Tag color="green">{t('loans.repay.paidState')}</Tag>
        ) : r.overdueOn ? (
          <Tag color="red">{t('loans.repay.overdueState')}</Tag>
        ) : (
          <Tag>{t('loans.repay.openState')}</Tag>
        ),
    },
  ];
  return (
    <Card
      title={t('loans.schedule')}
      extra={
        <span>
          {t('loans.rate')} {t('loans.rateValue', { rate: percentOfBp(loan.rateBp) })} · {formatDay(loan.disbursedOn)} →{' '}
          {formatDay(loan.maturityOn)} · {t('loans.subsidyTotal', { amount: formatFenYuan(loan.subsidyTotalFen) })}
        </span>
      }
    >
      <Table<Row>
        size="small"
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={loan.schedule.map((p) => ({ ...p, id: p.no }))}
        scroll={{ x: 'max-content' }}
        data-testid="staff-loan-schedule"
      />
    </Card>
  );
}
