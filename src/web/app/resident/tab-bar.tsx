import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { HomeIcon, UserIcon } from '../../components/icons';

const TABS: { to: string; key: 'home' | 'me'; Icon: ComponentType<{ size?: number }> }[] = [
  { to: '/', key: 'home', Icon: HomeIcon },
  { to: '/profile', key: 'me', Icon: UserIcon },
];

/**
 * The bottom tab bar of a mini-program, built from links so each tab is
 * reachable by keyboard and announced as the current page.
 */
export function TabBar() {
  const { t } = useTranslation();
  return (
    <nav className="m-tabbar" aria-label={t('resident.nav.label')}>
      {TABS.map(({ to, key, Icon }) => (
        <NavLink key={key} to={to} end className={({ isActive }) => (isActive ? 'm-tab m-tab--active' : 'm-tab')}>
          <Icon size={24} />
          <span>{t(`resident.nav.${key}`)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
