import { ConfigProvider, unstableSetRender } from 'antd-mobile';
import enUS from 'antd-mobile/es/locales/en-US';
import zhCN from 'antd-mobile/es/locales/zh-CN';
import { useLayoutEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, Route, Routes, useLocation } from 'react-router';
import { CrossShellRedirect } from '../../components/cross-shell-redirect';
import { ResidentLoginPage } from '../../features/auth/routes/resident-login';
import { ResidentInboxPage } from '../../features/notifications/routes/resident-inbox-page';
import { JoinPage } from '../../features/piecework/routes/join-page';
import { MyWorkPage } from '../../features/piecework/routes/my-work-page';
import { OwnerFactoryPage } from '../../features/piecework/routes/owner-factory-page';
import { OwnerHomePage } from '../../features/piecework/routes/owner-home-page';
import { ApplicationPage } from '../../features/jobs/routes/application-page';
import { ApplyPage } from '../../features/jobs/routes/apply-page';
import { EmployerApplicationPage } from '../../features/jobs/routes/employer-application-page';
import { EmployerPostPage } from '../../features/jobs/routes/employer-post-page';
import { EmployerPostsPage } from '../../features/jobs/routes/employer-posts-page';
import { JobDetailPage } from '../../features/jobs/routes/job-detail-page';
import { JobProfilePage } from '../../features/jobs/routes/job-profile-page';
import { JobsPage } from '../../features/jobs/routes/jobs-page';
import { MyApplicationsPage } from '../../features/jobs/routes/my-applications-page';
import { PostFormPage } from '../../features/jobs/routes/post-form-page';
import { ConsentsPage } from '../../features/profile/routes/consents-page';
import { ProfileEditPage } from '../../features/profile/routes/profile-edit-page';
import { ProfilePage } from '../../features/profile/routes/profile-page';
import { useMe } from '../../lib/auth';
import { useElderMode } from '../../lib/preferences';
import { BenefitPolicyPage } from '../../features/benefits/routes/benefit-policy-page';
import { MyApplicationPage } from '../../features/benefits/routes/my-application-page';
import { MyBenefitsPage } from '../../features/benefits/routes/my-benefits-page';
import { HomePage } from './home-page';
import { NotFoundPage, PageError, PageLoading } from '../../components/mobile-page-states';
import { TabBar } from './tab-bar';
import './resident.css';

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
      {children ?? <Outlet />}
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
        <Outlet />
      </main>
      <TabBar />
    </>
  );
}
