import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { NotFoundResult } from '../../components/not-found-result';
import { useMe } from '../../lib/auth';
import { ACCOUNT_SECURITY, SECTIONS_BY_ROLE, sectionOf, type Section } from './sections';
import { LoadFailedPage, NoSectionsPage, WrongAccountPage } from './staff-pages';
import { StaffLayout } from './staff-layout';
import './staff.css';
import { lazyPage } from '../../lib/lazy-page';

// Each page is its own chunk, loaded on first visit (see lib/lazy-page.ts).
const AccountSecurityPage = lazyPage(
  () => import('../../features/account-security/routes/account-security-page'),
  'AccountSecurityPage',
);
const AreasPage = lazyPage(() => import('../../features/areas/routes/areas-page'), 'AreasPage');
const AuditLogPage = lazyPage(() => import('../../features/audit/routes/audit-log-page'), 'AuditLogPage');
const StaffSharingPage = lazyPage(() => import('../../features/sharing/routes/staff-sharing-page'), 'StaffSharingPage');
const AssistedPage = lazyPage(() => import('../../features/jobs/routes/staff/assisted-page'), 'AssistedPage');
const JobReportsPage = lazyPage(() => import('../../features/jobs/routes/staff/reports-page'), 'JobReportsPage');
const JobReviewPage = lazyPage(() => import('../../features/jobs/routes/staff/review-page'), 'JobReviewPage');
const StaffLoginPage = lazyPage(() => import('../../features/auth/routes/staff-login'), 'StaffLoginPage');
const EnterpriseDetailPage = lazyPage(
  () => import('../../features/enterprises/routes/enterprise-detail-page'),
  'EnterpriseDetailPage',
);
const EnterprisesPage = lazyPage(() => import('../../features/enterprises/routes/enterprises-page'), 'EnterprisesPage');
const ResidentFilePage = lazyPage(
  () => import('../../features/person-file/routes/resident-file-page'),
  'ResidentFilePage',
);
const EnterpriseFilePage = lazyPage(
  () => import('../../features/person-file/routes/enterprise-file-page'),
  'EnterpriseFilePage',
);
const StaffInboxPage = lazyPage(() => import('../../features/notifications/routes/staff-inbox-page'), 'StaffInboxPage');
const StaffFactoriesPage = lazyPage(
  () => import('../../features/piecework/routes/staff-piecework-pages'),
  'StaffFactoriesPage',
);
const StaffVenuesPage = lazyPage(
  () => import('../../features/piecework/routes/staff-piecework-pages'),
  'StaffVenuesPage',
);
const StaffPieceworkAssistedPage = lazyPage(
  () => import('../../features/piecework/routes/staff-assisted-page'),
  'StaffAssistedPage',
);
const StaffWagesPage = lazyPage(
  () => import('../../features/piecework/routes/staff-piecework-pages'),
  'StaffWagesPage',
);
const ResidentDetailPage = lazyPage(
  () => import('../../features/residents/routes/resident-detail-page'),
  'ResidentDetailPage',
);
const ResidentsPage = lazyPage(() => import('../../features/residents/routes/residents-page'), 'ResidentsPage');
const SecuritySettingsPage = lazyPage(
  () => import('../../features/security-settings/routes/security-settings-page'),
  'SecuritySettingsPage',
);
const StaffAccountsPage = lazyPage(
  () => import('../../features/staff-accounts/routes/staff-accounts-page'),
  'StaffAccountsPage',
);
const StaffBatchPage = lazyPage(() => import('../../features/benefits/routes/staff-batch-page'), 'StaffBatchPage');
const StaffBatchesPage = lazyPage(
  () => import('../../features/benefits/routes/staff-batches-page'),
  'StaffBatchesPage',
);
const StaffCampaignPage = lazyPage(
  () => import('../../features/benefits/routes/staff-campaigns-page'),
  'StaffCampaignPage',
);
const StaffCampaignsPage = lazyPage(
  () => import('../../features/benefits/routes/staff-campaigns-page'),
  'StaffCampaignsPage',
);
const StaffPoliciesPage = lazyPage(
  () => import('../../features/benefits/routes/staff-policies-page'),
  'StaffPoliciesPage',
);
const StaffPolicyPage = lazyPage(() => import('../../features/benefits/routes/staff-policy-page'), 'StaffPolicyPage');
const StaffReviewPage = lazyPage(() => import('../../features/benefits/routes/staff-reviews-page'), 'StaffReviewPage');
const StaffReviewsPage = lazyPage(
  () => import('../../features/benefits/routes/staff-reviews-page'),
  'StaffReviewsPage',
);
const DashboardPage = lazyPage(() => import('../../features/dashboard/routes/dashboard-page'), 'DashboardPage');
const FigureRecordsPage = lazyPage(
  () => import('../../features/dashboard/routes/figure-records-page'),
  'FigureRecordsPage',
);
const ImportsPage = lazyPage(() => import('../../features/imports/routes/imports-page'), 'ImportsPage');
const WallPage = lazyPage(() => import('../../features/dashboard/routes/wall-page'), 'WallPage');
const StaffAssistedApplicationPage = lazyPage(
  () => import('../../features/benefits/routes/staff-assisted-page'),
  'StaffAssistedApplicationPage',
);
const StaffTrainingPage = lazyPage(
  () => import('../../features/training/routes/staff-training-page'),
  'StaffTrainingPage',
);
const StaffCoursePage = lazyPage(() => import('../../features/training/routes/staff-course-page'), 'StaffCoursePage');
const StaffOrganisationsPage = lazyPage(
  () => import('../../features/organisations/routes/staff-organisations-page'),
  'StaffOrganisationsPage',
);
const StaffOrganisationPage = lazyPage(
  () => import('../../features/organisations/routes/staff-organisation-page'),
  'StaffOrganisationPage',
);
const StaffRostersPage = lazyPage(
  () => import('../../features/organisations/routes/staff-rosters-page'),
  'StaffRostersPage',
);
const StaffStationsPage = lazyPage(
  () => import('../../features/stations/routes/staff-stations-page'),
  'StaffStationsPage',
);
const StaffStationPage = lazyPage(
  () => import('../../features/stations/routes/staff-station-page'),
  'StaffStationPage',
);
const StaffFollowUpsPage = lazyPage(
  () => import('../../features/stations/routes/staff-follow-ups-page'),
  'StaffFollowUpsPage',
);
const StaffAssistedBookingPage = lazyPage(
  () => import('../../features/stations/routes/staff-assisted-booking-page'),
  'StaffAssistedBookingPage',
);
const StaffEventsPage = lazyPage(() => import('../../features/stations/routes/staff-events-page'), 'StaffEventsPage');
const StaffEventPage = lazyPage(() => import('../../features/stations/routes/staff-event-page'), 'StaffEventPage');
const StaffTasksPage = lazyPage(() => import('../../features/benefits/routes/staff-tasks-page'), 'StaffTasksPage');
const StaffLoansPage = lazyPage(() => import('../../features/loans/routes/staff-loans-page'), 'StaffLoansPage');
const StaffLoanPage = lazyPage(() => import('../../features/loans/routes/staff-loan-page'), 'StaffLoanPage');
const StaffLoanSettingsPage = lazyPage(
  () => import('../../features/loans/routes/staff-loan-settings-page'),
  'StaffLoanSettingsPage',
);
const StaffLoanRepaymentsPage = lazyPage(
  () => import('../../features/loans/routes/staff-loan-repayments-page'),
  'StaffLoanRepaymentsPage',
);
const StaffLoanSubsidyPage = lazyPage(
  () => import('../../features/loans/routes/staff-loan-subsidy-page'),
  'StaffLoanSubsidyPage',
);
const StaffNewLoanPage = lazyPage(() => import('../../features/loans/routes/staff-new-loan-page'), 'StaffNewLoanPage');

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
        <Suspense fallback={<StaffBoot />}>
          <Routes>
            <Route path="login" element={<StaffLoginPage />} />
            {/* ── dashboard: the wall view fills the screen, outside the console frame ── */}
            <Route element={<SignedInStaff frame={false} />}>
              <Route element={<Allowed section="dashboard" />}>
                <Route path="wall" element={<WallPage />} />
              </Route>
            </Route>
            <Route element={<SignedInStaff />}>
              <Route index element={<FirstSection />} />
              <Route element={<Allowed section="dashboard" />}>
                <Route path="dashboard" element={<DashboardPage />} />
                <Route path="dashboard/figures/:id" element={<FigureRecordsPage />} />
              </Route>
              <Route element={<Allowed section="imports" />}>
                <Route path="imports" element={<ImportsPage />} />
              </Route>
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
                <Route path="piecework/assisted/:residentId" element={<StaffPieceworkAssistedPage />} />
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
                <Route path="benefits/batches/:id" element={<StaffBatchPage />} />
                <Route path="benefits/assisted/:residentId" element={<StaffAssistedApplicationPage />} />
              </Route>
              {/* ── end benefits ── */}

              {/* ── loans ── */}
              <Route element={<Allowed section="loans" />}>
                <Route path="loans" element={<StaffLoansPage />} />
                <Route path="loans/new" element={<StaffNewLoanPage />} />
                <Route path="loans/settings" element={<StaffLoanSettingsPage />} />
                <Route path="loans/repayments" element={<StaffLoanRepaymentsPage />} />
                <Route path="loans/subsidy" element={<StaffLoanSubsidyPage />} />
                <Route path="loans/:id" element={<StaffLoanPage />} />
              </Route>
              {/* ── end loans ── */}
              {/* ── stations ── */}
              <Route element={<Allowed section="stations" />}>
                <Route path="stations" element={<StaffStationsPage />} />
                <Route path="stations/follow-ups" element={<StaffFollowUpsPage />} />
                <Route path="stations/assisted/:residentId" element={<StaffAssistedBookingPage />} />
                <Route path="stations/:id" element={<StaffStationPage />} />
              </Route>
              <Route element={<Allowed section="events" />}>
                <Route path="events" element={<StaffEventsPage />} />
                <Route path="events/:id" element={<StaffEventPage />} />
              </Route>
              {/* ── end stations ── */}
              {/* ── training ── */}
              <Route element={<Allowed section="training" />}>
                <Route path="training" element={<StaffTrainingPage />} />
                <Route path="training/:id" element={<StaffCoursePage />} />
              </Route>
              {/* ── end training ── */}
              {/* ── organisations ── */}
              <Route element={<Allowed section="organisations" />}>
                <Route path="organisations" element={<StaffOrganisationsPage />} />
                <Route path="organisations/:id" element={<StaffOrganisationPage />} />
              </Route>
              <Route element={<Allowed section="rosters" />}>
                <Route path="rosters" element={<StaffRostersPage />} />
              </Route>
              {/* ── end organisations ── */}
              {/* ── sharing ── */}
              <Route element={<Allowed section="sharing" />}>
                <Route path="sharing" element={<StaffSharingPage />} />
              </Route>
              {/* ── end sharing ── */}

              <Route path="account-security" element={<AccountSecurityPage />} />
              <Route path="notifications" element={<StaffInboxPage />} />
              <Route path="*" element={<PageNotFound />} />
            </Route>
          </Routes>
        </Suspense>
      </AntApp>
    </ConfigProvider>
  );
}

/** A signed-in member of staff: the console frame around the page, or (the wall view) the page alone. */
function SignedInStaff({ frame = true }: { frame?: boolean }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <StaffBoot />;
  if (me.isError) return <LoadFailedPage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/staff/login" replace state={{ from: location.pathname + location.search }} />;
  if (me.data.kind !== 'staff') return <WrongAccountPage />;
  // Two-factor sign-in is required and not set up: the server answers nothing else, so nothing else is shown.
  if (me.data.totpEnrollmentRequired && sectionOf(location.pathname, [ACCOUNT_SECURITY]) !== ACCOUNT_SECURITY) {
    return <Navigate to={`/staff/${ACCOUNT_SECURITY}`} replace />;
  }
  return frame ? <StaffLayout /> : <Outlet />;
}

function StaffBoot() {
  const { t } = useTranslation();
  return (
    <main className="s-boot">
      <h1 className="visually-hidden">{t('common.staffAppName')}</h1>
      <Spin size="large" />
    </main>
  );
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
