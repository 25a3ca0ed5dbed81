import { Button, Radio, Space, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { businessDay } from '../../../../shared/dates';
import { listedReturnReasons } from '../../../../shared/sharing/agreement-rules';
import { errorMessage } from '../../../lib/api-client';
import { parseYuanToFen, type SharingAgreement } from '../../../lib/contracts';
import { useProposeExtension } from '../api/propose-extension';
import { useRecordPayment } from '../api/record-payment';
import { useRecordWage } from '../api/record-wage';
import { useReturnWorkers } from '../api/return-workers';

export type Side = { id: number; name: string; side: 'lending' | 'borrowing' };

/** A labelled native field (date, number, select) sized for a thumb and for elder mode. */
function Row({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="sh-form-row">
      <label className="sh-label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

function WorkerSelect({
  id,
  agreement,
  value,
  onChange,
  lentOnly = false,
}: {
  id: string;
  agreement: SharingAgreement;
  value: number;
  onChange: (v: number) => void;
  lentOnly?: boolean;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
      {agreement.workers
        .filter((w) => !lentOnly || w.returnedOn === null)
        .map((w) => (
          <option key={w.residentId} value={w.residentId}>
            {w.name}
          </option>
        ))}
    </select>
  );
}

const toast = (e: unknown) => Toast.show({ content: errorMessage(e) });

/** Each month: the borrowing firm records a worker's hours, the lending firm what it paid her. */
export function MoneyForm({ agreement: a, sides }: { agreement: SharingAgreement; sides: Side[] }) {
  const { t } = useTranslation();
  const [residentId, setResidentId] = useState(a.workers[0]?.residentId ?? 0);
  const [month, setMonth] = useState(`${businessDay(new Date()).slice(0, 7)}-01`);
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const payment = useRecordPayment(a.id);
  const wage = useRecordWage(a.id);
  const borrowing = sides.some((s) => s.side === 'borrowing');
  const save = () => {
    setProblem(null);
    const done = {
      onSuccess: () => Toast.show({ content: t('sharing.agreement.moneySaved') }),
      onError: (e: unknown) => {
        setProblem(errorMessage(e));
        toast(e);
      },
    };
    if (borrowing) payment.mutate({ residentId, month, hours: Number(amount) }, done);
    else {
      const fen = parseYuanToFen(amount);
      wage.mutate({ residentId, month, paidFen: fen.ok ? fen.value : -1 }, done);
    }
  };
  return (
    <section className="m-card" aria-labelledby="sh-money" data-testid="money-form">
      <h2 id="sh-money" className="m-card__title">
        {t('sharing.agreement.money')}
      </h2>
      <Row id="sh-money-worker" label={t('sharing.agreement.moneyWorker')}>
        <WorkerSelect id="sh-money-worker" agreement={a} value={residentId} onChange={setResidentId} />
      </Row>
      <Row id="sh-money-month" label={t('sharing.agreement.moneyMonth')}>
        <input id="sh-money-month" type="date" value={month} onChange={(e) => setMonth(e.target.value)} />
      </Row>
      <Row
        id="sh-money-amount"
        label={borrowing ? t('sharing.agreement.moneyHours') : t('sharing.agreement.moneyPaid')}
      >
        <input
          id="sh-money-amount"
          inputMode={borrowing ? 'numeric' : 'decimal'}
          value={amount}
          aria-invalid={problem ? true : undefined}
          aria-describedby="sh-money-hint"
          onChange={(e) => setAmount(e.target.value)}
        />
      </Row>
      <p className="sh-note" id="sh-money-hint">
        {borrowing ? t('sharing.agreement.moneyHoursHint') : t('sharing.agreement.moneyPaidHint')}
      </p>
      {problem && (
        <p className="sh-flag" role="alert">
          {problem}
        </p>
      )}
      <div className="sh-buttons">
        <Button
          color="primary"
          size="large"
          disabled={amount.trim() === ''}
          loading={payment.isPending || wage.isPending}
          onClick={save}
        >
          {borrowing ? t('sharing.agreement.moneySaveHours') : t('sharing.agreement.moneySavePaid')}
        </Button>
      </div>
    </section>
  );
}

/** Workers going back: at the end date by either firm, or early by the borrowing firm for a listed reason. */
export function ReturnForm({ agreement: a, sides }: { agreement: SharingAgreement; sides: Side[] }) {
  const { t } = useTranslation();
  const lent = a.workers.filter((w) => w.returnedOn === null);
  const [residentId, setResidentId] = useState(lent[0]?.residentId ?? 0);
  const borrowing = sides.find((s) => s.side === 'borrowing');
  const [kind, setKind] = useState<'end_date' | 'borrower_reason'>('end_date');
  const reasons = listedReturnReasons(a.returnReasons);
  const [reason, setReason] = useState(reasons[0] ?? '');
  const send = useReturnWorkers(a.id);
  if (lent.length === 0) return null;
  const firm = kind === 'borrower_reason' ? borrowing : (sides[0] as Side);
  return (
    <section className="m-card" aria-labelledby="sh-return">
      <h2 id="sh-return" className="m-card__title">
        {t('sharing.agreement.returnTitle')}
      </h2>
      <Row id="sh-return-worker" label={t('sharing.agreement.returnWorkers')}>
        <WorkerSelect id="sh-return-worker" agreement={a} value={residentId} onChange={setResidentId} lentOnly />
      </Row>
      {borrowing && reasons.length > 0 && (
        <Radio.Group value={kind} onChange={(v) => setKind(v as typeof kind)}>
          <Space direction="vertical">
            <Radio value="end_date" className="sh-radio">
              {t('sharing.agreement.returnAtEnd')}
            </Radio>
            <Radio value="borrower_reason" className="sh-radio">
              {t('sharing.agreement.returnForReason')}
            </Radio>
          </Space>
        </Radio.Group>
      )}
      {kind === 'borrower_reason' && (
        <Row id="sh-return-reason" label={t('sharing.agreement.returnReason')}>
          <select id="sh-return-reason" value={reason} onChange={(e) => setReason(e.target.value)}>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </Row>
      )}
      <div className="sh-buttons">
        <Button
          size="large"
          loading={send.isPending}
          onClick={() =>
            firm &&
            send.mutate(
              { enterpriseId: firm.id, residentIds: [residentId], kind, reason: kind === 'end_date' ? '' : reason },
              { onSuccess: () => Toast.show({ content: t('sharing.agreement.returnDone') }), onError: toast },
            )
          }
        >
          {kind === 'end_date' ? t('sharing.agreement.returnAtEnd') : t('sharing.agreement.returnForReason')}
        </Button>
      </div>
    </section>
  );
}

/** Propose a new end date, or agree to the other firm's; the workers are asked again on their phones. */
export function ExtensionForm({ agreement: a, sides }: { agreement: SharingAgreement; sides: Side[] }) {
  const { t } = useTranslation();
  const [endDate, setEndDate] = useState('');
  const send = useProposeExtension(a.id);
  const x = a.extension;
  const toAgree = x ? sides.filter((s) => (s.side === 'lending' ? !x.lendingAgreed : !x.borrowingAgreed)) : [];
  const done = { onSuccess: () => Toast.show({ content: t('sharing.agreement.extensionDone') }), onError: toast };
  return (
    <section className="m-card" aria-labelledby="sh-extension" data-testid="extension-form">
      <h2 id="sh-extension" className="m-card__title">
        {t('sharing.agreement.extensionTitle')}
      </h2>
      <p className="sh-note">{t('sharing.agreement.extensionHint')}</p>
      {x && (
        <p className="m-card__text" role="status">
          {t('sharing.agreement.extensionWaiting', { date: x.endDate, list: x.waitingFor.join('、') || '—' })}
        </p>
      )}
      {x && toAgree.length > 0 && (
        <div className="sh-buttons">
          {toAgree.map((s) => (
            <Button
              key={s.id}
              color="primary"
              size="large"
              loading={send.isPending}
              onClick={() => send.mutate({ enterpriseId: s.id, endDate: x.endDate }, done)}
            >
              {t('sharing.agreement.extensionAgree', { name: s.name, date: x.endDate })}
            </Button>
          ))}
        </div>
      )}
      <Row id="sh-extension-date" label={t('sharing.agreement.extensionDate')}>
        <input id="sh-extension-date" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
      </Row>
      <div className="sh-buttons">
        <Button
          size="large"
          disabled={endDate === '' || !sides[0]}
          loading={send.isPending}
          onClick={() => send.mutate({ enterpriseId: sides[0]!.id, endDate }, done)}
        >
          {t('sharing.agreement.extensionPropose')}
        </Button>
      </div>
    </section>
  );
}

/** Each step of the agreement, oldest first. */
export function AgreementEvents({ agreement: a }: { agreement: SharingAgreement }) {
  const { t } = useTranslation();
  return (
    <section className="m-card" aria-labelledby="sh-events">
      <h2 id="sh-events" className="m-card__title">
        {t('sharing.agreement.events')}
      </h2>
      <ol className="sh-events" data-testid="agreement-events">
        {a.events.map((e, i) => (
          <li key={i}>
            {e.at.slice(0, 10)}{' '}
            {t(`sharing.events.${e.kind}`, { name: e.name ?? '', note: e.note, defaultValue: e.kind })}
          </li>
        ))}
      </ol>
    </section>
  );
}
