import { Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ChevronRightIcon } from '../../../components/icons';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useNearbyStations } from '../api/list-nearby-stations';
import { openingsText } from '../components/hours';
import '../stations.css';

/** 就享家: the stations within her walk (the 15-minute employment circle), nearest first. */
export function NearbyStationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('stations.nearby.title'));
  const nearby = useNearbyStations();
  if (nearby.isPending) return <PageLoading />;
  if (nearby.isError) return <PageError error={nearby.error} onRetry={() => void nearby.refetch()} />;
  const data = nearby.data;
  return (
    <>
      <MobileHeader title={t('stations.nearby.title')} backTo="/" />
      <p className="m-card m-card__text" data-testid="circle">
        {t('stations.nearby.circle', { home: data.homeAreaName ?? '—', minutes: data.maxWalkMinutes })}
      </p>
      <Link to="/stations/appointments" className="m-card m-row-link" data-testid="my-bookings">
        <span>{t('stations.nearby.myBookings')}</span>
        <ChevronRightIcon size={20} />
      </Link>
      {data.items.length === 0 ? (
        <p className="m-card m-card__text">{t('stations.nearby.empty')}</p>
      ) : (
        <ul className="st-list" aria-label={t('stations.nearby.title')}>
          {data.items.map((s) => (
            <li key={s.id} className="m-card st-card">
              <Link to={`/stations/${s.id}`} className="st-card__link">
                <span className="st-card__name">{s.name}</span>
                <span className="st-card__meta">
                  {t(`stations.kinds.${s.kind}`)} · {t('stations.walk', { minutes: s.walkMinutes })}
                </span>
                <span className="st-card__meta">
                  <Tag color={s.openNow ? 'success' : 'default'} className="st-tag">
                    {s.openNow ? t('stations.openNow') : t('stations.closedNow')}
                  </Tag>{' '}
                  {s.today.length > 0 ? openingsText(s.today) : t('stations.closedToday')}
                </span>
                <span className="st-card__services">
                  {s.services.map((v) => t(`stations.services.${v}`)).join(' · ')}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
