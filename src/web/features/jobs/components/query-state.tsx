import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-client';

/** Loading, failed (with retry) or the content, for a phone screen. */
export function QueryState<T>({
  query,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; data: T | undefined; refetch: () => unknown };
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) {
    return (
      <div className="m-loading" role="status">
        <DotLoading /> {t('jobs.loading')}
      </div>
    );
  }
  if (query.isError || query.data === undefined) {
    return (
      <ErrorBlock status="default" title={t('common.errors.loadFailed')} description={errorMessage(query.error)}>
        <Button color="primary" onClick={() => void query.refetch()}>
          {t('jobs.retry')}
        </Button>
      </ErrorBlock>
    );
  }
  return <>{children(query.data)}</>;
}
