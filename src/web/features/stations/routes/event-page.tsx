import { Button, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { NotFoundPage, PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useEvent } from '../api/get-event';
import { useFairPosts } from '../api/list-fair-posts';
import { useRegisterEvent } from '../api/register-event';
import '../stations.css';
import { EventFacts } from './events-page';

/** One event: what it is, the seats left, register (or join the waitlist); a job fair's employers and posts for her. */
export function EventPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const event = useEvent(id);
  useDocumentTitle(event.data?.title ?? t('stations.events.title'));
  const posts = useFairPosts(id, event.data?.kind === 'job_fair');
  const register = useRegisterEvent();
  // one key per attempt, sent again on a retry
  const [clientKey, setClientKey] = useState(() => crypto.randomUUID());
  if (!Number.isInteger(id)) return <NotFoundPage />;
  if (event.isPending) return <PageLoading />;
  if (event.isError) return <PageError error={event.error} onRetry={() => void event.refetch()} />;
  const e = event.data;
  return (
    <>
      <MobileHeader title={e.title} backTo="/events" />
      <section className="m-card st-card">
        <div className="st-card__link">
          <EventFacts event={e} />
        </div>
        {e.description && <p className="st-card__meta">{e.description}</p>}
        {e.mine ? (
          <p className="st-card__meta" data-testid="my-status">
            <Tag className={`st-status st-status--${e.mine.status}`}>
              {t(`stations.events.statuses.${e.mine.status}`)}
            </Tag>{' '}
            {e.mine.position != null && t('stations.events.position', { position: e.mine.position })}
          </p>
        ) : (
          <Button
            block
            color="primary"
            loading={register.isPending}
            onClick={() =>
              register.mutate(
                { eventId: id, clientKey },
                {
                  onSuccess: (r) => {
                    setClientKey(crypto.randomUUID());
                    Toast.show({
                      content:
                        r.status === 'waitlisted'
                          ? t('stations.events.joinedWaitlist', { position: r.position })
                          : t('stations.events.registered'),
                    });
                  },
                  onError: (err) => Toast.show({ content: errorMessage(err) }),
                },
              )
            }
          >
            {e.remaining > 0 ? t('stations.events.register') : t('stations.events.joinWaitlist')}
          </Button>
        )}
      </section>
      {e.kind === 'job_fair' && (
        <>
          <h2 className="m-list-title">{t('stations.events.employers')}</h2>
          <p className="m-card m-card__text" data-testid="employers">
            {e.employers.length === 0 ? t('stations.events.noEmployers') : e.employers.map((x) => x.name).join('、')}
          </p>
          <h2 className="m-list-title">{t('stations.events.postsForYou')}</h2>
          {posts.isPending ? (
            <PageLoading />
          ) : posts.isError ? (
            <PageError error={posts.error} onRetry={() => void posts.refetch()} />
          ) : (
            <ul className="st-list" aria-label={t('stations.events.postsForYou')}>
              {posts.data.items.map((p) => (
                <li key={p.post.id} className="m-card st-card" data-testid="fair-post">
                  <p className="st-card__name">{p.post.title}</p>
                  <p className="st-card__meta">
                    {p.post.enterpriseName}
                    {p.walkMinutes != null && ` · ${t('stations.walk', { minutes: p.walkMinutes })}`}
                  </p>
                  <p className="st-card__meta">
                    {p.score != null
                      ? t('stations.events.score', { score: Math.round(p.score) })
                      : t('stations.events.outsideLimits')}
                  </p>
                  {p.reasons.length > 0 && <p className="st-card__meta">{p.reasons.map((r) => r.text).join('；')}</p>}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
