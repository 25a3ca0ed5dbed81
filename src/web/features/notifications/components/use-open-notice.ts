import { useNavigate } from 'react-router';
import type { Notification } from '../../../lib/contracts';
import { useMarkRead } from '../api/mark-read';

/** Opening a notice marks it read and follows its link, if it has one. */
export function useOpenNotice() {
  const markRead = useMarkRead();
  const navigate = useNavigate();
  return (notice: Notification) => {
    if (!notice.readAt) markRead.mutate(notice.id);
    if (notice.link) void navigate(notice.link);
  };
}
