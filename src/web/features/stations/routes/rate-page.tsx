import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { NotFoundPage, PageError, PageLoading } from '../../../components/mobile-page-states';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { RATING_KINDS, type RatingKind } from '../api/contracts';
import { useRatingSubject } from '../api/get-rating-subject';
import { RateForm } from '../components/rate-form';
import '../stations.css';

/**
 * Rating one thing by its address (/me/rate/:kind/:id): a decision on her application or a
 * training she completed links here from its own screen; the stars and comment are the same for all.
 */
export function RatePage() {
  const params = useParams();
  const kind = params.kind as RatingKind;
  const id = Number(params.id);
  if (!RATING_KINDS.includes(kind) || !Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  return <RateSubject kind={kind} id={id} />;
}

function RateSubject({ kind, id }: { kind: RatingKind; id: number }) {
  const { t } = useTranslation();
  const subject = useRatingSubject(kind, id);
  useDocumentTitle(t('stations.rate.title'));
  if (subject.isPending) return <PageLoading />;
  if (subject.isError) return <PageError error={subject.error} onRetry={() => void subject.refetch()} />;
  const s = subject.data;
  return (
    <>
      <MobileHeader title={t('stations.rate.title')} />
      <section className="m-card st-card" data-testid="rate-subject">
        <p className="st-card__meta">{t(`stations.rate.kinds.${kind}`)}</p>
        <p className="st-card__name">{s.title}</p>
        <p className="st-card__meta">{s.day}</p>
        {s.rating ? (
          <p className="st-card__meta" data-testid="rated">
            {t('stations.rate.given', { score: s.rating.score })}
          </p>
        ) : s.finished ? (
          <RateForm kind={kind} id={id} />
        ) : (
          <p className="st-card__meta">{t('stations.rate.notYet')}</p>
        )}
      </section>
    </>
  );
}
