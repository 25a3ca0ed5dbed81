import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { useMe } from '../../../lib/auth';

const BY_ROLE: Record<string, readonly string[]> = {
  street_officer: ['policies', 'campaigns', 'reviews', 'batches'],
  community_officer: ['policies', 'campaigns', 'tasks', 'reviews'],
};

/** The benefits section's own pages, as a row of links under the console menu's one entry. */
export function BenefitsNav() {
  const { t } = useTranslation();
  const role = useMe().data?.role ?? '';
  const current = useLocation().pathname.split('/')[3] ?? 'policies';
  const pages = BY_ROLE[role] ?? [];
  return (
    <nav aria-label={t('benefits.nav.label')} className="b-nav">
      <Menu
        mode="horizontal"
        selectedKeys={[current]}
        items={pages.map((p) => ({
          key: p,
          label: <NavLink to={`/staff/benefits/${p}`}>{t(`benefits.nav.${p as 'policies'}`)}</NavLink>,
        }))}
      />
    </nav>
  );
}

export function benefitsPagesFor(role: string): readonly string[] {
  return BY_ROLE[role] ?? [];
}
