import { Badge, Button, Drawer, Grid, Layout, Menu, Space, Spin, Typography } from 'antd';
import { Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import {
  BankIcon,
  BellIcon,
  BriefcaseIcon,
  BuildingIcon,
  CalendarIcon,
  ChartIcon,
  FactoryIcon,
  GraduationIcon,
  IdCardIcon,
  KeyIcon,
  MapIcon,
  PolicyIcon,
  SettingsIcon,
  ShieldIcon,
  ShopIcon,
  TeamIcon,
  UploadIcon,
  UserIcon,
} from '../../components/icons';
import { useUnreadCount } from '../../features/notifications/api/get-unread-count';
import { useLogout, useMe, useSetPreference } from '../../lib/auth';
import { currentLocale } from '../../lib/i18n';
import { ACCOUNT_SECURITY, menuSections, sectionOf, type Section } from './sections';

const SECTION_ICONS: Record<Section, ComponentType<{ size?: number }>> = {
  residents: TeamIcon,
  enterprises: ShopIcon,
  areas: MapIcon,
  audit: ShieldIcon,
  accounts: IdCardIcon,
  'security-settings': SettingsIcon,
  'account-security': KeyIcon,
  piecework: FactoryIcon,
  'jobs-review': BriefcaseIcon,
  'jobs-reports': PolicyIcon,
  'jobs-assisted': UserIcon,
  benefits: PolicyIcon,
  dashboard: ChartIcon,
  loans: BankIcon,
  stations: BuildingIcon,
  training: GraduationIcon,
  organisations: TeamIcon,
  rosters: UserIcon,
  events: CalendarIcon,
  sharing: TeamIcon,
  imports: UploadIcon,
};

/**
 * The console frame: a side menu on desktop that becomes a drawer on a
 * phone, so a community officer can still use it on the doorstep.
 */
export function StaffLayout() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.lg !== false;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const me = useMe().data;
  const location = useLocation();
  if (!me) return null;

  const sections = menuSections(me);
  const selected = sectionOf(location.pathname, sections);
  const menu = (
    <nav aria-label={t('staff.nav.label')}>
      <Menu
        theme="dark"
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        onClick={() => setDrawerOpen(false)}
        items={sections.map((section) => {
          const Icon = SECTION_ICONS[section];
          return {
            key: section,
            icon: <Icon size={18} />,
            label: <NavLink to={`/staff/${section}`}>{t(`staff.nav.${section}`)}</NavLink>,
          };
        })}
      />
    </nav>
  );

  return (
    <Layout className="s-layout">
      {wide && (
        <Layout.Sider width={216} className="s-sider">
          <div className="s-brand">{t('common.staffAppName')}</div>
          {menu}
        </Layout.Sider>
      )}
      {!wide && (
        <Drawer
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          placement="left"
          size={240}
          title={t('common.staffAppName')}
          className="s-drawer"
          closable={{ 'aria-label': t('common.close') }}
        >
          {menu}
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="s-header">
          {!wide && (
            <Button
              type="text"
              className="s-header__menu"
              aria-label={t('staff.nav.open')}
              aria-expanded={drawerOpen}
              onClick={() => setDrawerOpen(true)}
            >
              <MenuGlyph />
            </Button>
          )}
          {!wide && <span className="s-header__brand">{t('common.staffAppName')}</span>}
          <AccountBar />
        </Layout.Header>
        <Layout.Content className="s-content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** While a page's code downloads, on its first visit. */
function PageLoading() {
  const { t } = useTranslation();
  return (
    <div className="s-page-loading" role="status" aria-label={t('common.loading')}>
      <Spin />
    </div>
  );
}

function MenuGlyph() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

function AccountBar() {
  const { t } = useTranslation();
  const me = useMe().data;
  const logout = useLogout();
  const navigate = useNavigate();
  const setPreference = useSetPreference();
  const other = currentLocale() === 'zh-CN' ? 'en' : 'zh-CN';
  const screens = Grid.useBreakpoint();
  const inboxOpen = !!me && !me.totpEnrollmentRequired;
  const unread = useUnreadCount(inboxOpen).data?.unread ?? 0;
  if (!me) return null;
  return (
    <Space className="s-account" size={screens.sm ? 'middle' : 'small'}>
      {inboxOpen && (
        <Link
          to="/staff/notifications"
          className="s-account__link"
          aria-label={t('notifications.bellLabel', { count: unread })}
        >
          <Badge count={unread} size="small" offset={[4, -2]}>
            <BellIcon size={18} />
          </Badge>
        </Link>
      )}
      {screens.md && (
        <Typography.Text className="s-account__who">
          {me.displayName}
          {/* Platform accounts are named after their role; saying it twice adds nothing. */}
          {me.displayName !== t(`roles.${me.role}`) && <span className="s-account__role">{t(`roles.${me.role}`)}</span>}
        </Typography.Text>
      )}
      <Link to={`/staff/${ACCOUNT_SECURITY}`} className="s-account__link">
        <KeyIcon size={16} />
        {/* On a phone the icon stands alone; the name stays for screen readers. */}
        <span className={screens.sm ? undefined : 'visually-hidden'}>{t('staff.nav.account-security')}</span>
      </Link>
      <Button type="text" onClick={() => setPreference.mutate({ locale: other })}>
        <span lang={other}>{t(`common.languages.${other}`)}</span>
      </Button>
      <Button
        loading={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/staff/login', { replace: true }) })}
      >
        {t('common.logout')}
      </Button>
    </Space>
  );
}
