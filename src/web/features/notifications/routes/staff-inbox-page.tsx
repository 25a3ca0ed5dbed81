import { Badge, Button, Checkbox, List, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useNotifications } from '../api/list-notifications';
import { useMarkAllRead } from '../api/mark-all-read';
import { useMarkRead } from '../api/mark-read';
import { useOpenNotice } from '../components/use-open-notice';

/** An officer's alerts (arrears, visits to make, reviews waiting), newest first. */
export function StaffInboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notifications.title'));
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotifications({ page, pageSize: 20, unread: unreadOnly });
  const markAll = useMarkAllRead();
  const markRead = useMarkRead();
  const open = useOpenNotice();
  const locale = currentLocale();

  return (
    <>
      <StaffPageHeader
        title={t('notifications.title')}
        extra={
          <Space wrap>
            <Checkbox
              checked={unreadOnly}
              onChange={(e) => {
                setUnreadOnly(e.target.checked);
                setPage(1);
              }}
            >
              {t('notifications.unreadOnly')}
            </Checkbox>
            <Button disabled={!list.data?.unread} loading={markAll.isPending} onClick={() => markAll.mutate()}>
              {t('notifications.markAllRead')}
            </Button>
          </Space>
        }
      />
      <List
        className="s-inbox"
        loading={list.isPending}
        locale={{ emptyText: t('notifications.empty') }}
        dataSource={list.data?.items ?? []}
        pagination={
          list.data && list.data.total > 20
            ? { current: page, pageSize: 20, total: list.data.total, onChange: setPage, showSizeChanger: false }
            : false
        }
        renderItem={(n) => (
          <List.Item
            actions={[
              n.link ? (
                <Button key="open" type="link" onClick={() => open(n)}>
                  {t('notifications.open')}
                </Button>
              ) : null,
              !n.readAt ? (
                <Button key="read" type="link" onClick={() => markRead.mutate(n.id)}>
                  {t('notifications.markRead')}
                </Button>
              ) : null,
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space>
                  {!n.readAt && (
                    <Badge
                      status="processing"
                      text={<span className="visually-hidden">{t('notifications.unread')}</span>}
                    />
                  )}
                  <Typography.Text strong={!n.readAt}>{n.title}</Typography.Text>
                </Space>
              }
              description={
                <>
                  {n.body && <div>{n.body}</div>}
                  <Typography.Text type="secondary">{formatDateTime(n.createdAt, locale)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </>
  );
}
