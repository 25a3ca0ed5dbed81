import { Dialog, List } from 'antd-mobile';
import { useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  BriefcaseIcon,
  BuildingIcon,
  CalendarIcon,
  ChevronRightIcon,
  FactoryIcon,
  PolicyIcon,
} from '../../components/icons';
import { useMe } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

type Service = 'jobs' | 'factories' | 'policies' | 'stations';

// A tile opens its capability once it is built; until then it says so plainly
// instead of showing sample data a resident might act on.
const SERVICES: { key: Service; Icon: ComponentType<{ size?: number }> }[] = [
  { key: 'jobs', Icon: BriefcaseIcon },
  { key: 'factories', Icon: FactoryIcon },
  { key: 'policies', Icon: PolicyIcon },
  { key: 'stations', Icon: CalendarIcon },
];

const SERVICE_LINKS: Partial<Record<Service, string>> = {
  jobs: '/jobs',
  // Piecework: today's count and pay, the month, factories nearby.
  factories: '/piecework',
  policies: '/benefits',
};

/** Where a built capability names its tile in its own words. */
const SERVICE_LABELS: Partial<Record<Service, 'piecework.home.tile'>> = {
  factories: 'piecework.home.tile',
};

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resident.home.title'));
  const me = useMe().data;
  const [comingSoon, setComingSoon] = useState<Service | null>(null);
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
          {SERVICES.map(({ key, Icon }) => {
            const to = SERVICE_LINKS[key];
            const face = (
              <>
                <span className="m-tile__icon">
                  <Icon size={28} />
                </span>
                <span className="m-tile__label">{t(SERVICE_LABELS[key] ?? `resident.home.tiles.${key}`)}</span>
              </>
            );
            return (
              <li key={key}>
                {to ? (
                  <Link to={to} className={`m-tile m-tile--${key}`}>
                    {face}
                  </Link>
                ) : (
                  <button type="button" className={`m-tile m-tile--${key}`} onClick={() => setComingSoon(key)}>
                    {face}
                    <span className="m-tile__badge">{t('resident.home.comingSoon')}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      </section>

      {me.enterprises.length > 0 && (
        <section className="m-card m-card--flush" aria-labelledby="enterprises-title">
          <h2 id="enterprises-title" className="m-card__title">
            {t('resident.home.myEnterprises')}
          </h2>
          <Link to="/piecework/owner" className="m-row-link" data-testid="my-factories">
            <span>{t('piecework.home.myFactories')}</span>
            <ChevronRightIcon size={20} />
          </Link>
          <List>
            {me.enterprises.map((enterprise) => (
              <List.Item
                key={enterprise.id}
                prefix={<BuildingIcon size={22} />}
                description={t('resident.home.enterpriseToolsSoon')}
              >
                {enterprise.name}
              </List.Item>
            ))}
          </List>
        </section>
      )}

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

      <Dialog
        visible={comingSoon !== null}
        title={t('resident.home.comingSoon')}
        aria-label={t('resident.home.comingSoon')}
        content={
          comingSoon ? t('resident.home.comingSoonBody', { name: t(`resident.home.tiles.${comingSoon}`) }) : null
        }
        closeOnAction
        onClose={() => setComingSoon(null)}
        actions={[{ key: 'ok', text: t('common.gotIt') }]}
      />
    </>
  );
}
