import { Button, Dialog, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { CheckInCode } from '../components/check-in-code';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCancelRegistration } from '../api/cancel-registration';
import { useConfirmRegistration } from '../api/confirm-registration';
import type { Registration, StationEvent } from '../api/contracts';
import { useEvents } from '../api/list-events';
import { useMyRegistrations } from '../api/list-my-registrations';
import '../stations.css';

/** 活动: her registrations first (door codes, seats offered to confirm), then the street's upcoming events. */
export function EventsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('stations.events.title'));
  const events = useEvents();
  const mine = useMyRegistrations();
  if (events.isPending || mine.isPending) return <PageLoading />;
  if (events.isError) return <PageError error={events.error} onRetry={() => void events.refetch()} />;
  if (mine.isError) return <PageError error={mine.error} onRetry={() => void mine.refetch()} />;
  const live = mine.data.items.filter((r) => ['registered', 'waitlisted', 'offered', 'attended'].includes(r.status));
  return (
    <>
      <MobileHeader title={t('stations.events.title')} backTo="/stations" />
      <h2 className="m-list-title">{t('stations.events.mine')}</h2>
      {live.length === 0 ? (
        <p className="m-card m-card__text">{t('stations.events.noneMine')}</p>
      ) : (
        <ul className="st-list" aria-label={t('stations.events.mine')}>
          {live.map((r) => (
            <RegistrationCard key={r.id} registration={r} />
          ))}
        </ul>
      )}
      <h2 className="m-list-title">{t('stations.events.upcoming')}</h2>
      {events.data.items.length === 0 ? (
        <p className="m-card m-card__text">{t('stations.events.none')}</p>
      ) : (
        <ul className="st-list" aria-label={t('stations.events.upcoming')}>
          {events.data.items.map((e) => (
            <li key={e.id} className="m-card st-card">
              <Link to={`/events/${e.id}`} className="st-card__link" data-testid={`event-${e.id}`}>
                <span className="st-card__name">{e.title}</span>
                <EventFacts event={e} />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function EventFacts({ event: e }: { event: StationEvent }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="st-card__meta">
        {t(`stations.events.kinds.${e.kind}`)} · {e.day} {e.starts}–{e.ends}
      </span>
      <span className="st-card__meta">{e.stationName}</span>
      <span className="st-card__meta" data-testid="seats">
        {e.remaining > 0
          ? t('stations.events.seatsLeft', { count: e.remaining })
          : t('stations.events.full', { count: e.waitlisted })}
      </span>
    </>
  );
}

export function RegistrationCard({ registration: r }: { registration: Registration }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cancel = useCancelRegistration();
  const confirm = useConfirmRegistration();
  const until = r.offeredUntil
    ? new Date(r.offeredUntil).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })
    : '';
  return (
    <li className="m-card st-card" data-testid={`registration-${r.id}`}>
      <p className="st-card__name">
        {r.event.title}{' '}
        <Tag className={`st-status st-status--${r.status}`}>{t(`stations.events.statuses.${r.status}`)}</Tag>
      </p>
      <p className="st-card__meta">
        {r.event.day} {r.event.starts}–{r.event.ends} · {r.event.stationName}
      </p>
      {r.status === 'waitlisted' && r.position != null && (
        <p className="st-card__meta" data-testid="position">
          {t('stations.events.position', { position: r.position })}
        </p>
      )}
      {r.code && (
        <CheckInCode
          code={r.code}
          label={t('stations.events.code')}
          hint={t('stations.events.codeHint')}
          testId="door-code"
        />
      )}
      {r.status === 'attended' && (
        <Button block color="primary" fill="outline" onClick={() => void navigate(`/me/rate/event/${r.event.id}`)}>
          {t('stations.rate.rateThis')}
        </Button>
      )}
      {r.status === 'offered' && (
        <>
          <p className="st-card__meta" data-testid="offer">
            {t('stations.events.offered', { until })}
          </p>
          <Button
            block
            color="primary"
            loading={confirm.isPending}
            onClick={() =>
              confirm.mutate(r.id, {
                onSuccess: () => Toast.show({ content: t('stations.events.confirmed') }),
                onError: (e) => Toast.show({ content: errorMessage(e) }),
              })
            }
          >
            {t('stations.events.confirm')}
          </Button>
        </>
      )}
      {['registered', 'waitlisted', 'offered'].includes(r.status) && (
        <Button
          block
          fill="outline"
          loading={cancel.isPending}
          onClick={() =>
            void Dialog.confirm({
              content: t('stations.events.cancelConfirm'),
              confirmText: t('stations.events.cancel'),
              cancelText: t('common.cancel'),
              onConfirm: () =>
                cancel.mutate(r.id, {
                  onSuccess: () => Toast.show({ content: t('stations.events.cancelled') }),
                  onError: (e) => Toast.show({ content: errorMessage(e) }),
                }),
            })
          }
        >
          {t('stations.events.cancel')}
        </Button>
      )}
    </li>
  );
}
