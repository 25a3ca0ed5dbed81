import { Button, Result, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/api-client';
import { useLogout } from '../../lib/auth';
import { useDocumentTitle } from '../../lib/use-document-title';

/** Whole-page messages shown instead of the console frame, each with its own <main> and <h1>. */
function FullPageResult({
  status,
  title,
  subTitle,
  extra,
}: {
  status: 'info' | 'warning' | 'error';
  title: string;
  subTitle?: string;
  extra: ReactNode;
}) {
  useDocumentTitle(title);
  return (
    <main className="s-boot">
      <Result status={status} title={<h1 className="s-result-title">{title}</h1>} subTitle={subTitle} extra={extra} />
    </main>
  );
}

/** A resident's phone session reached the console: say so rather than pretend they are signed out. */
export function WrongAccountPage() {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <FullPageResult
      status="warning"
      title={t('auth.wrongAccount.residentInConsole')}
      subTitle={t('auth.wrongAccount.residentInConsoleHint')}
      extra={
        <Space wrap>
          <Button type="primary" loading={logout.isPending} onClick={() => logout.mutate()}>
            {t('auth.wrongAccount.switchAccount')}
          </Button>
          <Button href="/">{t('auth.wrongAccount.goResidentApp')}</Button>
        </Space>
      }
    />
  );
}

/** Inside the console frame (which already has the <main> and a sign-out button). */
export function NoSectionsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.nav.noSections'));
  return (
    <Result
      status="info"
      title={<h1 className="s-result-title">{t('staff.nav.noSections')}</h1>}
      subTitle={t('staff.nav.noSectionsHint')}
    />
  );
}

export function LoadFailedPage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <FullPageResult
      status="error"
      title={t('common.errors.loadFailed')}
      subTitle={errorMessage(error)}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
