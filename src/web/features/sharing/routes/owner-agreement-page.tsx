import { Button, List, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { formatFen } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOwnAgreement } from '../api/get-own-agreement';
import { useSignAgreement } from '../api/sign-agreement';
import { AgreementTerms } from '../components/agreement-terms';
import '../sharing.css';

/** One agreement as a firm sees it: the terms, who it waits for, its signature, its workers and their pay. */
export function OwnerAgreementPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sharing.agreement.title'));
  const id = Number(useParams().id);
  const me = useMe().data;
  const agreement = useOwnAgreement(id);
  const sign = useSignAgreement(id);
  if (agreement.isPending) return <PageLoading />;
  if (agreement.isError) return <PageError error={agreement.error} onRetry={() => void agreement.refetch()} />;
  const a = agreement.data;
  const mine = (me?.enterprises ?? []).filter(
    (e) =>
      (e.id === a.lendingEnterpriseId && !a.lendingSigned) || (e.id === a.borrowingEnterpriseId && !a.borrowingSigned),
  );
  return (
    <>
      <MobileHeader title={t('sharing.agreement.title')} backTo="/sharing/employer" />
      <section className="m-card" aria-labelledby="sh-terms">
        <h2 id="sh-terms" className="m-card__title">
          {a.postTitle}{' '}
          <Tag color={a.status === 'active' ? 'success' : 'warning'}>{t(`sharing.statuses.${a.status}`)}</Tag>
        </h2>
        <p className="m-card__text" role="status" data-testid="agreement-waiting">
          {a.waitingFor.length === 0
            ? t('sharing.agreement.active')
            : t('sharing.agreement.waiting', { list: a.waitingFor.join('、') })}
        </p>
        <AgreementTerms agreement={a} />
        <p className="sh-note">{t('sharing.agreement.noMargin')}</p>
        <p className="sh-note">{t('sharing.agreement.relation')}</p>
        {mine.length > 0 && (
          <div className="sh-buttons">
            {mine.map((e) => (
              <Button
                key={e.id}
                color="primary"
                loading={sign.isPending}
                onClick={() =>
                  sign.mutate(e.id, {
                    onSuccess: () => Toast.show({ content: t('sharing.agreement.signed') }),
                    onError: (err) => Toast.show({ content: errorMessage(err) }),
                  })
                }
              >
                {t('sharing.agreement.sign', { name: e.name })}
              </Button>
            ))}
          </div>
        )}
      </section>
      <section className="m-card m-card--flush" aria-labelledby="sh-workers">
        <h2 id="sh-workers" className="m-card__title">
          {t('sharing.agreement.workers')}
        </h2>
        <List>
          {a.workers.map((w) => (
            <List.Item
              key={w.residentId}
              description={
                w.contractEnd
                  ? t('sharing.agreement.contractEnd', { date: w.contractEnd })
                  : t('sharing.agreement.contractOpen')
              }
              extra={t(`sharing.consents.${w.consent}`)}
            >
              {w.name} {w.phoneMasked}
            </List.Item>
          ))}
        </List>
      </section>
      {a.months.length > 0 && (
        <section className="m-card" aria-labelledby="sh-months">
          <h2 id="sh-months" className="m-card__title">
            {t('sharing.agreement.months')}
          </h2>
          <ul className="sh-reasons">
            {a.months.map((m) => (
              <li key={`${m.month}-${m.residentId}`} className="sh-reason">
                {t('sharing.agreement.monthLine', {
                  month: m.month.slice(0, 7),
                  name: m.name,
                  received: m.receivedFen === null ? t('sharing.agreement.notRecorded') : formatFen(m.receivedFen),
                  owed: m.owedFen === null ? t('sharing.agreement.notRecorded') : formatFen(m.owedFen),
                  paid: m.paidFen === null ? t('sharing.agreement.notRecorded') : formatFen(m.paidFen),
                })}{' '}
                {m.belowCost && <span className="sh-flag">{t('sharing.agreement.flag')}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
