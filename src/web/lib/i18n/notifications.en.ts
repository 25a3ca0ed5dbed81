import type zhCN from './notifications.zh-CN';

const notifications: typeof zhCN = {
  title: 'Messages',
  bellLabel: 'Messages ({{count}} unread)',
  empty: 'No messages',
  emptyHint: 'Unpaid-wage alerts, policies for you and interview invitations appear here.',
  unreadOnly: 'Unread only',
  markAllRead: 'Mark all as read',
  markRead: 'Mark as read',
  unread: 'Unread',
  open: 'Open',
  loadMore: 'Load more',
};

export default notifications;
