import { type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  BankIcon,
  BriefcaseIcon,
  BuildingIcon,
  CalendarIcon,
  ChevronRightIcon,
  FactoryIcon,
  PolicyIcon,
} from '../../components/icons';
import { useMyFactories } from '../../features/piecework/api/list-my-factories';
import { useMySharing } from '../../features/sharing/api/list-my-sharing';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

type Service = 'jobs' | 'factories' | 'policies' | 'loans' | 'stations';

// Only capabilities that work get a tile: a tile that leads nowhere is a dead end.
const SERVICES: { key: Service; Icon: ComponentType<{ size?: number }>; to: string }[] = [
  { key: 'jobs', Icon: BriefcaseIcon, to: '/jobs' },
  // Piecework: today's count and pay, the month, factories nearby.
  { key: 'factories', Icon: FactoryIcon, to: '/piecework' },
  { key: 'policies', Icon: PolicyIcon, to: '/benefits' },
  // 创贷驿站: a guarantee loan and its tracker.
  { key: 'loans', Icon: BankIcon, to: '/loans' },
  // 就享家: the stations within her walk, their hours, and booking a time.
  { key: 'stations', Icon: CalendarIcon, to: '/stations' },
];

/** Where a built capability names its tile in its own words. */
const SERVICE_LABELS: Partial<Record<Service, 'piecework.home.tile'>> = {
  factories: 'piecework.home.tile',
};

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resident.home.title'));
  const me = useMe().data;
  if (!me) return null;
  const place = me.areas.map((area) => area.name).join(' · ');

  return (
    <>
      <header className="m-hero">
        <h1 className="m-hero__app">{t('common.appName')}</h1>
        <p className="m-hero__greeting" data-testid="greeting">
          {t('resident.home.greeting', { name: me.displayName })}
        </p>
        <p className="m-hero__place">{place || t('resident.home.tagline')}</p>
      </header>

      <section className="m-card" aria-labelledby="services-title">
        <h2 id="services-title" className="m-card__title">
          {t('resident.home.services')}
        </h2>
        <ul className="m-tiles">
          {SERVICES.map(({ key, Icon, to }) => (
            <li key={key}>
              <Link to={to} className={`m-tile m-tile--${key}`}>
                <span className="m-tile__icon">
                  <Icon size={28} />
                </span>
                <span className="m-tile__label">{t(SERVICE_LABELS[key] ?? `resident.home.tiles.${key}`)}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      {me.enterprises.length > 0 && <OwnerTools enterprises={me.enterprises} />}
      <MySharingLink />

      <section className="m-card" aria-labelledby="profile-title">
        <h2 id="profile-title" className="m-card__title">
          {t('resident.home.profileTitle')}
        </h2>
        <p className="m-card__text">{t('resident.home.profileHint')}</p>
        <Link to="/profile" className="m-row-link">
          <span>{t('resident.home.profileLink')}</span>
          <ChevronRightIcon size={20} />
        </Link>
      </section>
    </>
  );
}

/**
 * An owner's tools, each one tap away: posting a job, the posts and their applicants, and the
 * micro-factory — "我的微工厂" only for an owner who runs one; the others may register one.
 */
function OwnerTools({ enterprises }: { enterprises: { id: number; name: string }[] }) {
  const { t } = useTranslation();
  const factories = useMyFactories();
  const runsFactory = (factories.data?.length ?? 0) > 0;
  return (
    <section className="m-card m-card--flush" aria-labelledby="enterprises-title">
      <h2 id="enterprises-title" className="m-card__title">
        {t('resident.home.myEnterprises')}
      </h2>
      <p className="m-card__text m-owner__names">
        <BuildingIcon size={20} /> {enterprises.map((e) => e.name).join('、')}
      </p>
      <Link to="/jobs/employer/posts/new" className="m-row-link" data-testid="post-job">
        <span>{t('resident.home.postJob')}</span>
        <ChevronRightIcon size={20} />
      </Link>
      <Link to="/jobs/employer" className="m-row-link" data-testid="my-posts">
        <span>{t('resident.home.myPosts')}</span>
        <ChevronRightIcon size={20} />
      </Link>
      <Link to="/sharing/employer" className="m-row-link" data-testid="owner-sharing">
        <span>{t('sharing.home.link')}</span>
        <ChevronRightIcon size={20} />
      </Link>
      {factories.isSuccess &&
        (runsFactory ? (
          <Link to="/piecework/owner" className="m-row-link" data-testid="my-factories">
            <span>{t('piecework.home.myFactories')}</span>
            <ChevronRightIcon size={20} />
          </Link>
        ) : (
          <Link to="/piecework/owner" className="m-row-link" data-testid="register-factory">
            <span>{t('resident.home.registerFactory')}</span>
            <ChevronRightIcon size={20} />
          </Link>
        ))}
    </section>
  );
}

/** A worker listed on a sharing agreement finds it, and her answer, one tap away. */
function MySharingLink() {
  const { t } = useTranslation();
  const mine = useMySharing();
  if (!mine.data || mine.data.items.length === 0) return null;
  return (
    <section className="m-card m-card--flush" aria-labelledby="my-sharing-title">
      <h2 id="my-sharing-title" className="m-card__title">
        {t('sharing.my.title')}
      </h2>
      <Link to="/sharing" className="m-row-link" data-testid="my-sharing-link">
        <span>{t('sharing.home.mine')}</span>
        <ChevronRightIcon size={20} />
      </Link>
    </section>
  );
}
