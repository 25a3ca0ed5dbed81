/** What a resident page shows while it loads, when it failed, and for a path that is no page. */
import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MobileHeader } from './mobile-header';
import { errorMessage } from '../lib/api-client';
import { useDocumentTitle } from '../lib/use-document-title';

export function PageLoading() {
  const { t } = useTranslation();
  return (
    <>
      <h1 className="visually-hidden">{t('common.appName')}</h1>
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    </>
  );
}

export function PageError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  useDocumentTitle(t('common.errors.loadFailed'));
  return (
    <>
      <MobileHeader title={t('common.errors.loadFailed')} />
      <ErrorBlock status="default" title={errorMessage(error)} description="">
        <Button color="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    </>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('common.notFound.title'));
  return (
    <>
      <MobileHeader title={t('common.notFound.title')} />
      <ErrorBlock status="empty" title={t('common.notFound.pageDescription')} description="">
        <Link to="/" className="m-link-button">
          {t('common.notFound.home')}
        </Link>
      </ErrorBlock>
    </>
  );
}
