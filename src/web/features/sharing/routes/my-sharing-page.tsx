import { Button, Dialog, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { formatFen } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAnswerSharing } from '../api/answer-sharing';
import { useMySharing } from '../api/list-my-sharing';
import '../sharing.css';

/** A worker's shared employment: where she would go, on what terms, and her own yes or no. */
export function MySharingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sharing.my.title'));
  const mine = useMySharing();
  const answer = useAnswerSharing();
  if (mine.isPending) return <PageLoading />;
  if (mine.isError) return <PageError error={mine.error} onRetry={() => void mine.refetch()} />;

  const decide = async (id: number, name: string, decision: 'consent' | 'decline') => {
    if (decision === 'consent') {
      const ok = await Dialog.confirm({
        content: t('sharing.my.confirmConsent', { name }),
        confirmText: t('sharing.my.consent'),
        cancelText: t('common.cancel'),
      });
      if (!ok) return;
    }
    answer.mutate(
      { id, decision },
      {
        onSuccess: () =>
          Toast.show({ content: decision === 'consent' ? t('sharing.my.consentDone') : t('sharing.my.declineDone') }),
        onError: (e) => Toast.show({ content: errorMessage(e) }),
      },
    );
  };

  return (
    <>
      <MobileHeader title={t('sharing.my.title')} backTo="/" />
      {mine.data.items.length === 0 ? (
        <p className="m-card">{t('sharing.my.empty')}</p>
      ) : (
        <>
          <p className="m-card m-card__text">{t('sharing.my.intro')}</p>
          {mine.data.items.map((a) => (
            <section
              key={a.agreementId}
              className="m-card"
              aria-labelledby={`sh-my-${a.agreementId}`}
              data-testid="my-sharing"
            >
              <h2 id={`sh-my-${a.agreementId}`} className="m-card__title">
                {a.postTitle}{' '}
                <Tag color={a.status === 'active' ? 'success' : 'warning'}>{t(`sharing.statuses.${a.status}`)}</Tag>
              </h2>
              <dl className="sh-terms">
                <dt>{t('sharing.my.from')}</dt>
                <dd>{a.lendingName}</dd>
                <dt>{t('sharing.my.to')}</dt>
                <dd>
                  {a.borrowingName} · {a.siteName}
                </dd>
                <dt>{t('sharing.agreement.term')}</dt>
                <dd>
                  {t('sharing.dates', { from: a.startDate, to: a.endDate })} · {t('sharing.agreement.hours')}{' '}
                  {a.dailyHours}
                </dd>
                <dt>{t('sharing.my.wage')}</dt>
                <dd>{t('sharing.my.wagePerDay', { wage: formatFen(a.wageFenPerDay) })}</dd>
                <dt>{t('sharing.agreement.injury')}</dt>
                <dd>{t('sharing.agreement.injuryLending')}</dd>
                <dt>{t('sharing.agreement.duties')}</dt>
                <dd>{a.duties || '—'}</dd>
              </dl>
              {a.consent === 'pending' ? (
                <div className="sh-buttons">
                  <Button
                    color="primary"
                    size="large"
                    loading={answer.isPending}
                    onClick={() => void decide(a.agreementId, a.borrowingName, 'consent')}
                  >
                    {t('sharing.my.consent')}
                  </Button>
                  <Button
                    size="large"
                    loading={answer.isPending}
                    onClick={() => void decide(a.agreementId, a.borrowingName, 'decline')}
                  >
                    {t('sharing.my.decline')}
                  </Button>
                </div>
              ) : (
                <p className="m-card__text" role="status" data-testid="my-sharing-answer">
                  {t('sharing.my.yourAnswer', { answer: t(`sharing.consents.${a.consent}`) })}
                  {a.consentMethod && ` · ${t(`sharing.methods.${a.consentMethod}`)}`}
                </p>
              )}
            </section>
          ))}
        </>
      )}
    </>
  );
}
