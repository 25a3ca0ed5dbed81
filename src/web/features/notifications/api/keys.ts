/** The inbox's query keys: every notice list and the unread badge sit under one key, refreshed together. */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: (filters: object) => ['notifications', 'list', filters] as const,
  unread: ['notifications', 'unread'] as const,
};
