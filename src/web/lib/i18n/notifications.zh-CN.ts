/** zh-CN strings of the notification inbox; notifications.en.ts mirrors every key. */
const notifications = {
  title: '消息',
  bellLabel: '消息（{{count}} 条未读）',
  empty: '暂无消息',
  emptyHint: '欠薪提醒、政策推送、面试邀请等会出现在这里。',
  unreadOnly: '只看未读',
  markAllRead: '全部标为已读',
  markRead: '标为已读',
  unread: '未读',
  open: '查看',
  loadMore: '加载更多',
};

export default notifications;
