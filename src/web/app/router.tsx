import { lazy, Suspense } from 'react';
import { createBrowserRouter } from 'react-router';
import { BootScreen, RouteErrorScreen } from './boot-screens';

// Two separate bundles: a resident's phone never downloads the antd desktop
// console, and the console never downloads antd-mobile.
const ResidentApp = lazy(() => import('./resident/resident-app'));
const StaffApp = lazy(() => import('./staff/staff-app'));

export const router = createBrowserRouter([
  {
    path: '/staff/*',
    errorElement: <RouteErrorScreen />,
    element: (
      <Suspense fallback={<BootScreen />}>
        <StaffApp />
      </Suspense>
    ),
  },
  {
    path: '*',
    errorElement: <RouteErrorScreen />,
    element: (
      <Suspense fallback={<BootScreen />}>
        <ResidentApp />
      </Suspense>
    ),
  },
]);
