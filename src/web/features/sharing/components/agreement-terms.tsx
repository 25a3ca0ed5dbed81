import { useTranslation } from 'react-i18next';
import { formatFen, type SharingAgreement } from '../../../lib/contracts';

/** The agreement's terms as a worker or a firm reads them: the fee's parts, the fixed liability, the duties. */
export function AgreementTerms({ agreement: a }: { agreement: SharingAgreement }) {
  const { t } = useTranslation();
  return (
    <dl className="sh-terms">
      <dt>{t('sharing.agreement.lending')}</dt>
      <dd>{a.lendingName}</dd>
      <dt>{t('sharing.agreement.borrowing')}</dt>
      <dd>{a.borrowingName}</dd>
      <dt>{t('sharing.agreement.post')}</dt>
      <dd>
        {a.postTitle} · {a.siteName}
      </dd>
      <dt>{t('sharing.agreement.term')}</dt>
      <dd>
        {t('sharing.dates', { from: a.startDate, to: a.endDate })} · {t('sharing.agreement.hours')} {a.dailyHours} ·{' '}
        {t('sharing.people', { count: a.headcount })}
      </dd>
      <dt>{t('sharing.agreement.fee')}</dt>
      <dd>
        {t('sharing.agreement.feeParts', {
          wage: formatFen(a.wageFenPerDay),
          si: formatFen(a.socialInsuranceFenPerDay),
          other: formatFen(a.otherCostsFenPerDay),
          fee: formatFen(a.feeFenPerDay),
        })}
        {a.otherCostsNote && ` (${a.otherCostsNote})`}
      </dd>
      <dt>{t('sharing.agreement.injury')}</dt>
      <dd data-testid="injury-liability">{t('sharing.agreement.injuryLending')}</dd>
      <dt>{t('sharing.agreement.duties')}</dt>
      <dd>{a.duties || '—'}</dd>
      <dt>{t('sharing.agreement.returnReasons')}</dt>
      <dd>{a.returnReasons || '—'}</dd>
      <dt>{t('sharing.agreement.extension')}</dt>
      <dd>{a.extensionTerms || '—'}</dd>
    </dl>
  );
}
