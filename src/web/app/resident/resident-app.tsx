import { ConfigProvider, unstableSetRender } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { Suspense, useLayoutEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { CrossShellRedirect } from '../../components/cross-shell-redirect';
import { useMe } from '../../lib/auth';
import { useElderMode } from '../../lib/preferences';
import { HomePage } from './home-page';
import { NotFoundPage, PageError, PageLoading } from '../../components/mobile-page-states';
import { TabBar } from './tab-bar';
import './antd-mobile-styles';
import './resident.css';
import { lazyPage } from '../../lib/lazy-page';

// Each page is its own chunk, loaded on first visit (see lib/lazy-page.ts).
const ResidentLoginPage = lazyPage(() => import('../../features/auth/routes/resident-login'), 'ResidentLoginPage');
const ResidentInboxPage = lazyPage(
  () => import('../../features/notifications/routes/resident-inbox-page'),
  'ResidentInboxPage',
);
const TrainingPage = lazyPage(() => import('../../features/training/routes/training-page'), 'TrainingPage');
const VerifyCertificatePage = lazyPage(
  () => import('../../features/training/routes/verify-certificate-page'),
  'VerifyCertificatePage',
);
const JoinPage = lazyPage(() => import('../../features/piecework/routes/join-page'), 'JoinPage');
const MyWorkPage = lazyPage(() => import('../../features/piecework/routes/my-work-page'), 'MyWorkPage');
const OwnerFactoryPage = lazyPage(
  () => import('../../features/piecework/routes/owner-factory-page'),
  'OwnerFactoryPage',
);
const OwnerHomePage = lazyPage(() => import('../../features/piecework/routes/owner-home-page'), 'OwnerHomePage');
const ApplicationPage = lazyPage(() => import('../../features/jobs/routes/application-page'), 'ApplicationPage');
const ApplyPage = lazyPage(() => import('../../features/jobs/routes/apply-page'), 'ApplyPage');
const EmployerApplicationPage = lazyPage(
  () => import('../../features/jobs/routes/employer-application-page'),
  'EmployerApplicationPage',
);
const EmployerPostPage = lazyPage(() => import('../../features/jobs/routes/employer-post-page'), 'EmployerPostPage');
const EmployerPostsPage = lazyPage(() => import('../../features/jobs/routes/employer-posts-page'), 'EmployerPostsPage');
const JobDetailPage = lazyPage(() => import('../../features/jobs/routes/job-detail-page'), 'JobDetailPage');
const JobProfilePage = lazyPage(() => import('../../features/jobs/routes/job-profile-page'), 'JobProfilePage');
const JobsPage = lazyPage(() => import('../../features/jobs/routes/jobs-page'), 'JobsPage');
const MyApplicationsPage = lazyPage(
  () => import('../../features/jobs/routes/my-applications-page'),
  'MyApplicationsPage',
);
const PostFormPage = lazyPage(() => import('../../features/jobs/routes/post-form-page'), 'PostFormPage');
const ConsentsPage = lazyPage(() => import('../../features/profile/routes/consents-page'), 'ConsentsPage');
const ProfileEditPage = lazyPage(() => import('../../features/profile/routes/profile-edit-page'), 'ProfileEditPage');
const ProfilePage = lazyPage(() => import('../../features/profile/routes/profile-page'), 'ProfilePage');
const BenefitPolicyPage = lazyPage(
  () => import('../../features/benefits/routes/benefit-policy-page'),
  'BenefitPolicyPage',
);
const MyApplicationPage = lazyPage(
  () => import('../../features/benefits/routes/my-application-page'),
  'MyApplicationPage',
);
const OwnerDraftPage = lazyPage(() => import('../../features/sharing/routes/owner-draft-page'), 'OwnerDraftPage');
const NearbyStationsPage = lazyPage(
  () => import('../../features/stations/routes/nearby-stations-page'),
  'NearbyStationsPage',
);
const StationPage = lazyPage(() => import('../../features/stations/routes/station-page'), 'StationPage');
const MyAppointmentsPage = lazyPage(
  () => import('../../features/stations/routes/my-appointments-page'),
  'MyAppointmentsPage',
);
const EventsPage = lazyPage(() => import('../../features/stations/routes/events-page'), 'EventsPage');
const EventPage = lazyPage(() => import('../../features/stations/routes/event-page'), 'EventPage');
const RatePage = lazyPage(() => import('../../features/stations/routes/rate-page'), 'RatePage');
const EmployerFairsPage = lazyPage(
  () => import('../../features/stations/routes/employer-fairs-page'),
  'EmployerFairsPage',
);
const MySharingPage = lazyPage(() => import('../../features/sharing/routes/my-sharing-page'), 'MySharingPage');
const OwnerSharingPage = lazyPage(() => import('../../features/sharing/routes/owner-sharing-page'), 'OwnerSharingPage');
const SharingPostFormPage = lazyPage(
  () => import('../../features/sharing/routes/sharing-post-form-page'),
  'SharingPostFormPage',
);
const SharingMatchesPage = lazyPage(
  () => import('../../features/sharing/routes/sharing-matches-page'),
  'SharingMatchesPage',
);
const OwnerAgreementPage = lazyPage(
  () => import('../../features/sharing/routes/owner-agreement-page'),
  'OwnerAgreementPage',
);
const MyBenefitsPage = lazyPage(() => import('../../features/benefits/routes/my-benefits-page'), 'MyBenefitsPage');
const MyLoansPage = lazyPage(() => import('../../features/loans/routes/my-loans-page'), 'MyLoansPage');
const LoanApplyPage = lazyPage(() => import('../../features/loans/routes/loan-apply-page'), 'LoanApplyPage');
const LoanTrackerPage = lazyPage(() => import('../../features/loans/routes/loan-tracker-page'), 'LoanTrackerPage');

// antd-mobile's imperative layers (Toast, Dialog.show, pickers' portals) still
// call the React 18 render API; React 19 needs them to go through createRoot.
// https://mobile.ant.design/guide/v5-for-19
unstableSetRender((node, container) => {
  const holder = container as (Element | DocumentFragment) & { _reactRoot?: Root };
  holder._reactRoot ??= createRoot(container);
  const root = holder._reactRoot;
  root.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    root.unmount();
  };
});

export default function ResidentApp() {
  const { i18n } = useTranslation();
  const elderMode = useElderMode();

  useLayoutEffect(() => {
    document.documentElement.classList.toggle('elder-mode', elderMode);
    return () => document.documentElement.classList.remove('elder-mode');
  }, [elderMode]);

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN}>
      <div className="m-app">
        <Routes>
          <Route path="login" element={<SignedOutOnly />} />
          {/* a certificate's QR code opens this page for anyone, signed in or not */}
          <Route path="verify/:serial" element={<Main />}>
            <Route index element={<VerifyCertificatePage />} />
          </Route>
          <Route element={<SignedInResident />}>
            <Route element={<WithTabs />}>
              <Route path="messages" element={<ResidentInboxPage />} />
              <Route index element={<HomePage />} />
              <Route path="profile" element={<ProfilePage />} />

              {/* ── piecework ── */}
              <Route path="piecework" element={<MyWorkPage />} />
              {/* ── end piecework ── */}

              {/* ── jobs ── */}
              <Route path="jobs" element={<JobsPage />} />
              {/* ── end jobs ── */}

              {/* ── benefits ── */}
              <Route path="benefits" element={<MyBenefitsPage />} />
              {/* ── end benefits ── */}
            </Route>
            <Route element={<Main />}>
              <Route path="profile/edit" element={<ProfileEditPage />} />
              <Route path="profile/consents" element={<ConsentsPage />} />

              {/* ── piecework ── */}
              <Route path="piecework/join/:code" element={<JoinPage />} />
              <Route path="piecework/owner" element={<OwnerHomePage />} />
              <Route path="piecework/owner/:id" element={<OwnerFactoryPage />} />
              {/* ── end piecework ── */}

              {/* ── jobs ── */}
              <Route path="jobs/profile" element={<JobProfilePage />} />
              <Route path="jobs/posts/:id" element={<JobDetailPage />} />
              <Route path="jobs/posts/:id/apply" element={<ApplyPage />} />
              <Route path="jobs/applications" element={<MyApplicationsPage />} />
              <Route path="jobs/applications/:id" element={<ApplicationPage />} />
              <Route path="jobs/employer" element={<EmployerPostsPage />} />
              <Route path="jobs/employer/posts/new" element={<PostFormPage />} />
              <Route path="jobs/employer/posts/:id" element={<EmployerPostPage />} />
              <Route path="jobs/employer/applications/:id" element={<EmployerApplicationPage />} />
              {/* ── end jobs ── */}

              {/* ── benefits ── */}
              <Route path="benefits/policies/:id" element={<BenefitPolicyPage />} />
              <Route path="benefits/applications/:id" element={<MyApplicationPage />} />
              {/* ── end benefits ── */}

              {/* ── loans ── */}
              <Route path="loans" element={<MyLoansPage />} />
              <Route path="loans/apply" element={<LoanApplyPage />} />
              <Route path="loans/:id" element={<LoanTrackerPage />} />
              {/* ── end loans ── */}
              {/* ── stations ── */}
              <Route path="stations" element={<NearbyStationsPage />} />
              <Route path="stations/appointments" element={<MyAppointmentsPage />} />
              <Route path="stations/:id" element={<StationPage />} />
              <Route path="events" element={<EventsPage />} />
              <Route path="events/:id" element={<EventPage />} />
              <Route path="me/rate/:kind/:id" element={<RatePage />} />
              <Route path="jobs/employer/fairs" element={<EmployerFairsPage />} />
              {/* ── end stations ── */}
              {/* ── sharing ── */}
              <Route path="sharing" element={<MySharingPage />} />
              <Route path="sharing/employer" element={<OwnerSharingPage />} />
              <Route path="sharing/employer/posts/new" element={<SharingPostFormPage />} />
              <Route path="sharing/employer/posts/:id" element={<SharingMatchesPage />} />
              <Route path="sharing/employer/posts/:id/draft" element={<OwnerDraftPage />} />
              <Route path="sharing/employer/agreements/:id" element={<OwnerAgreementPage />} />
              {/* ── end sharing ── */}
              {/* ── training ── */}
              <Route path="training" element={<TrainingPage />} />
              {/* ── end training ── */}
            </Route>
          </Route>
          <Route
            path="*"
            element={
              <Main>
                <NotFoundPage />
              </Main>
            }
          />
        </Routes>
      </div>
    </ConfigProvider>
  );
}

/** Every page has exactly one <main>; the tab bar sits outside it as navigation. */
function Main({ children, bare }: { children?: ReactNode; bare?: boolean }) {
  return (
    <main className={bare ? 'm-main m-main--bare' : 'm-main'} id="main">
      <Suspense fallback={<PageLoading />}>{children ?? <Outlet />}</Suspense>
    </main>
  );
}

function SignedOutOnly() {
  const me = useMe();
  const from = (useLocation().state as { from?: string } | null)?.from;
  if (me.isPending)
    return (
      <Main>
        <PageLoading />
      </Main>
    );
  if (me.data?.kind === 'resident') return <Navigate to={from ?? '/'} replace />;
  return (
    <Main bare>
      <ResidentLoginPage />
    </Main>
  );
}

function SignedInResident() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending)
    return (
      <Main>
        <PageLoading />
      </Main>
    );
  if (me.isError)
    return (
      <Main>
        <PageError error={me.error} onRetry={() => void me.refetch()} />
      </Main>
    );
  if (!me.data) return <Navigate to="/login" replace state={{ from: location.pathname }} />;
  if (me.data.kind === 'staff') return <CrossShellRedirect to="/staff" />;
  return <Outlet />;
}

function WithTabs() {
  return (
    <>
      <main className="m-main m-main--tabbed" id="main">
        <Suspense fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <TabBar />
    </>
  );
}
