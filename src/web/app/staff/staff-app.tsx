import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { NotFoundResult } from '../../components/not-found-result';
import { AccountSecurityPage } from '../../features/account-security/routes/account-security-page';
import { AreasPage } from '../../features/areas/routes/areas-page';
import { AuditLogPage } from '../../features/audit/routes/audit-log-page';
import { AssistedPage } from '../../features/jobs/routes/staff/assisted-page';
import { JobReportsPage } from '../../features/jobs/routes/staff/reports-page';
import { JobReviewPage } from '../../features/jobs/routes/staff/review-page';
import { StaffLoginPage } from '../../features/auth/routes/staff-login';
import { EnterpriseDetailPage } from '../../features/enterprises/routes/enterprise-detail-page';
import { EnterprisesPage } from '../../features/enterprises/routes/enterprises-page';
import { StaffInboxPage } from '../../features/notifications/routes/staff-inbox-page';
import {
  StaffFactoriesPage,
  StaffVenuesPage,
  StaffWagesPage,
} from '../../features/piecework/routes/staff-piecework-pages';
import { EnterpriseFilePage } from '../../features/person-file/routes/enterprise-file-page';
import { ResidentFilePage } from '../../features/person-file/routes/resident-file-page';
import { ResidentDetailPage } from '../../features/residents/routes/resident-detail-page';
import { ResidentsPage } from '../../features/residents/routes/residents-page';
import { SecuritySettingsPage } from '../../features/security-settings/routes/security-settings-page';
import { StaffAccountsPage } from '../../features/staff-accounts/routes/staff-accounts-page';
import { StaffBatchesPage } from '../../features/benefits/routes/staff-batches-page';
import { StaffCampaignPage, StaffCampaignsPage } from '../../features/benefits/routes/staff-campaigns-page';
import { StaffPoliciesPage } from '../../features/benefits/routes/staff-policies-page';
import { StaffPolicyPage } from '../../features/benefits/routes/staff-policy-page';
import { StaffReviewPage, StaffReviewsPage } from '../../features/benefits/routes/staff-reviews-page';
import { StaffTasksPage } from '../../features/benefits/routes/staff-tasks-page';
import { useMe } from '../../lib/auth';
import { ACCOUNT_SECURITY, SECTIONS_BY_ROLE, sectionOf, type Section } from './sections';
import { LoadFailedPage, NoSectionsPage, WrongAccountPage } from './staff-pages';
import { StaffLayout } from './staff-layout';
import './staff.css';

// antd's default blue (#1677ff) and its tertiary/placeholder greys fall
// below WCAG AA 4.5:1 on white; these keep every text colour above it.
const theme = {
  token: {
    colorPrimary: '#0958d9',
    colorLink: '#0958d9',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorError: '#c4262e',
    // Tags print their text in the palette's 7th shade on its 1st; green and orange need one shade darker.
    // (The CSS variables are named after the hyphenated keys.)
    green7: '#237804',
    'green-7': '#237804',
    orange7: '#ad4e00',
    'orange-7': '#ad4e00',
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  },
};

export default function StaffApp() {
  const { i18n } = useTranslation();
  return (
    // antd spaces out two-character Chinese labels ("登 录"), which also changes
    // the button's accessible name; buttons are named exactly as written.
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp>
        <Routes>
          <Route path="login" element={<StaffLoginPage />} />
          <Route element={<SignedInStaff />}>
            <Route index element={<FirstSection />} />
            <Route element={<Allowed section="residents" />}>
              <Route path="residents" element={<ResidentsPage />} />
              <Route path="residents/:id" element={<ResidentDetailPage />} />
              <Route path="residents/:id/file" element={<ResidentFilePage />} />
            </Route>
            <Route element={<Allowed section="enterprises" />}>
              <Route path="enterprises" element={<EnterprisesPage />} />
              <Route path="enterprises/:id" element={<EnterpriseDetailPage />} />
              <Route path="enterprises/:id/file" element={<EnterpriseFilePage />} />
            </Route>
            <Route element={<Allowed section="areas" />}>
              <Route path="areas" element={<AreasPage />} />
            </Route>
            <Route element={<Allowed section="audit" />}>
              <Route path="audit" element={<AuditLogPage />} />
            </Route>
            <Route element={<Allowed section="accounts" />}>
              <Route path="accounts" element={<StaffAccountsPage />} />
            </Route>
            <Route element={<Allowed section="security-settings" />}>
              <Route path="security-settings" element={<SecuritySettingsPage />} />
            </Route>

            {/* ── piecework ── */}
            <Route element={<Allowed section="piecework" />}>
              <Route path="piecework" element={<StaffFactoriesPage />} />
              <Route path="piecework/venues" element={<StaffVenuesPage />} />
              <Route path="piecework/wages" element={<StaffWagesPage />} />
            </Route>
            {/* ── end piecework ── */}

            {/* ── jobs ── */}
            <Route element={<Allowed section="jobs-review" />}>
              <Route path="jobs-review" element={<JobReviewPage />} />
            </Route>
            <Route element={<Allowed section="jobs-reports" />}>
              <Route path="jobs-reports" element={<JobReportsPage />} />
            </Route>
            <Route element={<Allowed section="jobs-assisted" />}>
              <Route path="jobs-assisted" element={<AssistedPage />} />
              <Route path="jobs-assisted/:residentId" element={<AssistedPage />} />
            </Route>
            {/* ── end jobs ── */}

            {/* ── benefits ── */}
            <Route element={<Allowed section="benefits" />}>
              <Route path="benefits" element={<Navigate to="/staff/benefits/policies" replace />} />
              <Route path="benefits/policies" element={<StaffPoliciesPage />} />
              <Route path="benefits/policies/:id" element={<StaffPolicyPage />} />
              <Route path="benefits/campaigns" element={<StaffCampaignsPage />} />
              <Route path="benefits/campaigns/:id" element={<StaffCampaignPage />} />
              <Route path="benefits/tasks" element={<StaffTasksPage />} />
              <Route path="benefits/reviews" element={<StaffReviewsPage />} />
              <Route path="benefits/reviews/:id" element={<StaffReviewPage />} />
              <Route path="benefits/batches" element={<StaffBatchesPage />} />
            </Route>
            {/* ── end benefits ── */}

            <Route path="account-security" element={<AccountSecurityPage />} />
            <Route path="notifications" element={<StaffInboxPage />} />
            <Route path="*" element={<PageNotFound />} />
          </Route>
        </Routes>
      </AntApp>
    </ConfigProvider>
  );
}

function SignedInStaff() {
  const { t } = useTranslation();
  const me = useMe();
  const location = useLocation();
  if (me.isPending) {
    return (
      <main className="s-boot">
        <h1 className="visually-hidden">{t('common.staffAppName')}</h1>
        <Spin size="large" />
      </main>
    );
  }
  if (me.isError) return <LoadFailedPage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/staff/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.data.kind !== 'staff') return <WrongAccountPage />;
  // Two-factor sign-in is required and not set up: the server answers nothing else, so nothing else is shown.
  if (me.data.totpEnrollmentRequired && sectionOf(location.pathname, [ACCOUNT_SECURITY]) !== ACCOUNT_SECURITY) {
    return <Navigate to={`/staff/${ACCOUNT_SECURITY}`} replace />;
  }
  return <StaffLayout />;
}

function useSections(): readonly Section[] {
  const role = useMe().data?.role;
  return role ? SECTIONS_BY_ROLE[role] : [];
}

function FirstSection() {
  const first = useSections()[0];
  return first ? <Navigate to={`/staff/${first}`} replace /> : <NoSectionsPage />;
}

/** A section the role may not open is not advertised as existing: the person lands on their own first section. */
function Allowed({ section }: { section: Section }) {
  return useSections().includes(section) ? <Outlet /> : <FirstSection />;
}

function PageNotFound() {
  const { t } = useTranslation();
  return <NotFoundResult backTo="/staff" backLabel={t('common.notFound.home')} />;
}
