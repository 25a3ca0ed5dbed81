import { Button, DotLoading, ErrorBlock } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useNotifications } from '../api/list-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useOpenNotice } from '../components/use-open-notice';
import './inbox.css';

const PAGE = 20;

/** A resident's or employer's messages, newest first. */
export function ResidentInboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const [pageSize, setPageSize] = useState(PAGE);
  const list = useNotifications({ page: 1, pageSize });
  const markAll = useMarkAllRead();
  const open = useOpenNotice();
  const locale = currentLocale();

  let body;
  if (list.isPending) {
    body = (
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    );
  } else if (list.isError) {
    body = (
      <ErrorBlock status="default" title={t('common.errors.loadFailed')} description={errorMessage(list.error)}>
        <Button color="primary" onClick={() => void list.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  } else if (list.data.items.length === 0) {
    body = (
      <div className="m-card m-empty">
        <h2 className="m-card__title">{t('notifications.empty')}</h2>
        <p>{t('notifications.emptyHint')}</p>
      </div>
    );
  } else {
    body = (
      <>
        {list.data.unread > 0 && (
          <div className="m-inbox__actions">
            <Button size="small" loading={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
          </div>
        )}
        <ul className="m-inbox" aria-label={t('notifications.title')}>
          {list.data.items.map((n) => (
            <li key={n.id}>
              <button
                type="button"
                className={n.readAt ? 'm-card m-notice' : 'm-card m-notice m-notice--unread'}
                onClick={() => open(n)}
              >
                <span className="m-notice__title">
                  {!n.readAt && <span className="m-notice__dot">{t('notifications.unread')}</span>}
                  {n.title}
                </span>
                {n.body && <span className="m-notice__body">{n.body}</span>}
                <span className="m-notice__time">{formatDateTime(n.createdAt, locale)}</span>
              </button>
            </li>
          ))}
        </ul>
        {list.data.total > list.data.items.length && (
          <Button block onClick={() => setPageSize((s) => Math.min(s + PAGE, 100))}>
            {t('notifications.loadMore')}
          </Button>
        )}
      </>
    );
  }

  return (
    <>
      <MobileHeader title={t('notifications.title')} />
      {body}
    </>
  );
}
