import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { BellIcon, HomeIcon, UserIcon } from '../../components/icons';
import { useUnreadCount } from '../../features/notifications/api/get-unread-count';

const TABS: { to: string; key: 'home' | 'messages' | 'me'; Icon: ComponentType<{ size?: number }> }[] = [
  { to: '/', key: 'home', Icon: HomeIcon },
  { to: '/messages', key: 'messages', Icon: BellIcon },
  { to: '/profile', key: 'me', Icon: UserIcon },
];

/**
 * The bottom tab bar of a mini-program, built from links so each tab is
 * reachable by keyboard and announced as the current page.
 */
export function TabBar() {
  const { t } = useTranslation();
  const unread = useUnreadCount().data?.unread ?? 0;
  return (
    <nav className="m-tabbar" aria-label={t('resident.nav.label')}>
      {TABS.map(({ to, key, Icon }) => (
        <NavLink key={key} to={to} end className={({ isActive }) => (isActive ? 'm-tab m-tab--active' : 'm-tab')}>
          <span className="m-tab__icon">
            <Icon size={24} />
            {key === 'messages' && unread > 0 && (
              <span className="m-tab__badge" aria-hidden="true">
                {unread > 99 ? '99+' : unread}
              </span>
            )}
          </span>
          <span>
            {t(`resident.nav.${key}`)}
            {key === 'messages' && unread > 0 && (
              <span className="visually-hidden">{t('notifications.bellLabel', { count: unread })}</span>
            )}
          </span>
        </NavLink>
      ))}
    </nav>
  );
}
