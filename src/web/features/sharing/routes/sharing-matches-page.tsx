import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { formatFen } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSharingMatches } from '../api/get-post-matches';
import { SharingReasons } from '../components/sharing-reasons';
import '../sharing.css';

/** A post's counterparts, best first, each part of the score with its reason. */
export function SharingMatchesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sharing.matches.title'));
  const id = Number(useParams().id);
  const matches = useSharingMatches(id);
  if (matches.isPending) return <PageLoading />;
  if (matches.isError) return <PageError error={matches.error} onRetry={() => void matches.refetch()} />;
  const { post, items } = matches.data;
  return (
    <>
      <MobileHeader title={t('sharing.matches.title')} backTo="/sharing/employer" />
      <section className="m-card" aria-labelledby="sh-post">
        <h2 id="sh-post" className="m-card__title">
          {post.enterpriseName} · {t(`sharing.kinds.${post.kind}`)}
        </h2>
        <p className="m-card__text">
          {t('sharing.dates', { from: post.startDate, to: post.endDate })} ·{' '}
          {t('sharing.people', { count: post.headcount })}
          {post.skills.length > 0 &&
            ` · ${post.skills.map((s) => t(`jobs.skills.${s}`, { defaultValue: s })).join('、')}`}
        </p>
        <p className="sh-note">{t('sharing.matches.explain')}</p>
      </section>
      <section className="m-card" aria-labelledby="sh-matches">
        <h2 id="sh-matches" className="m-card__title">
          {t(`sharing.matches.counterpartsOf.${post.kind}`)}
        </h2>
        {items.length === 0 ? (
          <p className="m-card__text">{t('sharing.matches.empty')}</p>
        ) : (
          <ol className="sh-reasons" data-testid="sharing-matches">
            {items.map((m) => (
              <li key={m.post.id} className="m-card__text" data-testid="sharing-match">
                <strong>{m.post.enterpriseName}</strong>{' '}
                <span className="sh-score">{t('sharing.matches.score', { score: m.score })}</span>
                <div>
                  {t(`sharing.kinds.${m.post.kind}`)} · {t('sharing.people', { count: m.post.headcount })} ·{' '}
                  {m.post.siteName}
                  {m.post.dailyHours !== null &&
                    m.post.payFenPerDay !== null &&
                    ` · ${t('sharing.hoursPay', { hours: m.post.dailyHours, pay: formatFen(m.post.payFenPerDay) })}`}
                </div>
                <SharingReasons reasons={m.reasons} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
