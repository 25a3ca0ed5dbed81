import '../loans.css';
import { Button, Dialog, DotLoading, ErrorBlock, Selector, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime, formatDay, formatFenYuan } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import type { LoanDetail } from '../api/contracts';
import { useLoan } from '../api/get-loan';
import { useLoanAction } from '../api/loan-action';
import { useUploadLoanMaterial } from '../api/upload-material';
import { LoanJourney } from '../components/loan-journey';
import { currentStage, percentOfBp } from '../components/loan-words';

/**
 * The applicant's tracker: one screen for the whole journey — where the loan is, who holds it, days used
 * against the target, what is missing, what comes next; then the plan and the 贴息 once the money is out.
 */
export function LoanTrackerPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const loan = useLoan(id);
  useDocumentTitle(t('loans.title'));
  if (loan.isPending)
    return (
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    );
  if (loan.isError)
    return (
      <>
        <MobileHeader title={t('loans.title')} backTo="/loans" />
        <ErrorBlock status="default" title={t('common.errors.loadFailed')} description={errorMessage(loan.error)} />
      </>
    );
  return <Tracker loan={loan.data} />;
}

function Tracker({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const act = useLoanAction(loan.id);
  const now = currentStage(loan.stages);
  const stopped = ['rejected', 'withdrawn', 'returned', 'overdue'].includes(loan.status);
  const failed = (err: unknown) => void Dialog.alert({ content: errorMessage(err), confirmText: t('common.gotIt') });
  return (
    <>
      <MobileHeader title={t('loans.title')} backTo="/loans" />
      <section className="m-card l-hero" aria-labelledby="loan-status">
        <p className="l-hero__product">
          {loan.product.title}
          {loan.applicant.enterpriseName ? ` · ${loan.applicant.enterpriseName}` : ''}
        </p>
        <p className="l-hero__amount">
          {t('loans.amountTerm', { amount: formatFenYuan(loan.amountFen), months: loan.termMonths })}
        </p>
        <h2 id="loan-status" className="l-hero__status" data-testid="loan-status">
          <Tag color={stopped ? 'warning' : 'primary'} fill="solid">
            {t(`loans.status.${loan.status}`)}
          </Tag>
        </h2>
        {loan.holder !== 'nobody' && (
          <p className="l-hero__holder" data-testid="loan-holder">
            {t('loans.holderNow', { holder: loan.holderName })}
          </p>
        )}
        {now && now.workingDaysUsed !== null && now.targetWorkingDays !== null && (
          <p className={now.pastTarget ? 'l-hero__days l-hero__days--late' : 'l-hero__days'} data-testid="loan-days">
            {t('loans.daysUsed', { used: now.workingDaysUsed, target: now.targetWorkingDays })}
            {now.pastTarget && ` · ${t('loans.pastTarget')}`}
          </p>
        )}
        <div className="l-next">
          <h3 className="l-next__title">{t('loans.whatNext')}</h3>
          <p data-testid="loan-next">{t(`loans.next.${loan.status}`)}</p>
        </div>
        {loan.actions.includes('submit') && (
          <Button
            block
            color="primary"
            size="large"
            loading={act.isPending}
            onClick={() => act.mutate({ action: 'submit' }, { onError: failed })}
          >
            {t('loans.submit')}
          </Button>
        )}
      </section>

      <Missing loan={loan} />

      <section className="m-card" aria-labelledby="journey-title">
        <h2 id="journey-title" className="m-card__title">
          {t('loans.journey')}
        </h2>
        <LoanJourney loan={loan} />
      </section>

      {loan.disbursedOn && <Plan loan={loan} />}

      <section className="m-card" aria-labelledby="history-title">
        <h2 id="history-title" className="m-card__title">
          {t('loans.history')}
        </h2>
        <ol className="l-events">
          {loan.events.map((e, i) => (
            <li key={i}>
              <span className="l-events__when">{formatDateTime(e.at, locale)}</span>
              <span>
                {e.actorName} · {t(`loans.actions.${e.action as 'submit'}`)}
                {e.onBehalf && <Tag className="l-events__tag">{t('loans.onBehalf')}</Tag>}
              </span>
              {e.note && <span className="l-events__note">{e.note}</span>}
            </li>
          ))}
        </ol>
      </section>

      <section className="m-card" aria-labelledby="consent-title">
        <h2 id="consent-title" className="m-card__title">
          {t('loans.consent')}
        </h2>
        <p>{loan.consentText}</p>
        {loan.eligibility && (
          <p>
            {t('loans.eligibility')}：
            {t(
              loan.eligibility.outcome === 'eligible'
                ? 'loans.eligible'
                : loan.eligibility.outcome === 'not_eligible'
                  ? 'loans.notEligible'
                  : 'loans.unknown',
            )}
          </p>
        )}
        {loan.actions.includes('withdraw') && (
          <Button
            block
            color="danger"
            fill="outline"
            loading={act.isPending}
            onClick={() =>
              void Dialog.confirm({
                content: t('loans.withdrawConfirm'),
                confirmText: t('loans.withdraw'),
                cancelText: t('common.cancel'),
                onConfirm: () => act.mutate({ action: 'withdraw' }, { onError: failed }),
              })
            }
          >
            {t('loans.withdraw')}
          </Button>
        )}
      </section>
    </>
  );
}

/** What is still missing, and sending it from the phone while the station has not checked it yet. */
function Missing({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const upload = useUploadLoanMaterial(loan.id);
  const [material, setMaterial] = useState<string | undefined>(loan.materials.missing[0]);
  const [file, setFile] = useState<File | null>(null);
  const open = loan.materials.missing.length > 0;
  return (
    <section className="m-card" aria-labelledby="missing-title">
      <h2 id="missing-title" className="m-card__title">
        {t('loans.missingTitle')}
      </h2>
      <p data-testid="loan-missing" className={open ? 'l-missing' : undefined}>
        {open ? t('loans.missingItems', { items: loan.materials.missing.join('、') }) : t('loans.missingNone')}
      </p>
      {loan.materials.uploaded.length > 0 && (
        <>
          <h3 className="l-sub">{t('loans.uploaded')}</h3>
          <ul className="l-list">
            {loan.materials.uploaded.map((m) => (
              <li key={m.id}>{`${m.material}：${m.name}`}</li>
            ))}
          </ul>
        </>
      )}
      {open && loan.actions.length > 0 && (
        <form
          className="l-upload"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file || !material) return;
            upload.mutate(
              { material, file },
              {
                onSuccess: (next) => {
                  setFile(null);
                  setMaterial(next.materials.missing[0]);
                },
                onError: (err) => void Dialog.alert({ content: errorMessage(err), confirmText: t('common.gotIt') }),
              },
            );
          }}
        >
          <span id="material-label">{t('loans.material')}</span>
          <Selector
            aria-labelledby="material-label"
            columns={1}
            options={loan.materials.missing.map((m) => ({ label: m, value: m }))}
            value={material ? [material] : []}
            onChange={(v) => setMaterial(v[0])}
          />
          <label htmlFor="loan-file">{t('loans.chooseFile')}</label>
          <input
            id="loan-file"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Button type="submit" block color="primary" disabled={!file || !material} loading={upload.isPending}>
            {t('loans.upload')}
          </Button>
        </form>
      )}
    </section>
  );
}

/** The bank's terms and each period: principal, interest, 贴息, and what the borrower pays. */
function Plan({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  return (
    <section className="m-card" aria-labelledby="plan-title">
      <h2 id="plan-title" className="m-card__title">
        {t('loans.schedule')}
      </h2>
      <dl className="l-terms">
        <dt>{t('loans.rate')}</dt>
        <dd>{t('loans.rateValue', { rate: percentOfBp(loan.rateBp) })}</dd>
        <dt>{t('loans.disbursedOn')}</dt>
        <dd>{formatDay(loan.disbursedOn)}</dd>
        <dt>{t('loans.maturityOn')}</dt>
        <dd>{formatDay(loan.maturityOn)}</dd>
      </dl>
      <p className="l-subsidy" data-testid="loan-subsidy-total">
        {t('loans.subsidyTotal', { amount: formatFenYuan(loan.subsidyTotalFen) })}
      </p>
      <ol className="l-periods" data-testid="loan-schedule">
        {loan.schedule.map((p) => (
          <li key={p.no} className="l-period">
            <h3 className="l-period__title">{t('loans.period', { no: p.no, date: p.dueOn })}</h3>
            <dl>
              {p.principalFen > 0 && (
                <>
                  <dt>{t('loans.principal')}</dt>
                  <dd>{formatFenYuan(p.principalFen)}</dd>
                </>
              )}
              <dt>{t('loans.interest')}</dt>
              <dd>{formatFenYuan(p.interestFen)}</dd>
              <dt>{t('loans.subsidy')}</dt>
              <dd>{formatFenYuan(p.subsidyFen)}</dd>
              <dt>{t('loans.youPay')}</dt>
              <dd>{formatFenYuan(p.principalFen + p.borrowerInterestFen)}</dd>
            </dl>
          </li>
        ))}
      </ol>
    </section>
  );
}
