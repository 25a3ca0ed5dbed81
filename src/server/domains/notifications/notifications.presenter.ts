import type { Locale } from '../../../shared/errors';
import { isNoticeTemplate, type NoticeText, renderNotice } from '../../platform/notice-texts';

interface NotificationRow {
  id: number;
  kind: string;
  title: string;
  body: string;
  template: string | null;
  params: unknown;
  link: string | null;
  data: unknown;
  created_at: Date;
  read_at: Date | null;
}

/** A notice in the reader's language; one stored before templates (or whose template is gone) as it was written. */
export function presentNotification(n: NotificationRow, locale: Locale) {
  return {
    id: n.id,
    kind: n.kind,
    ...(n.template && isNoticeTemplate(n.template)
      ? renderNotice({ template: n.template, params: (n.params ?? {}) as NoticeText['params'] }, locale)
      : { title: n.title, body: n.body }),
    link: n.link,
    data: (n.data ?? {}) as Record<string, unknown>,
    createdAt: n.created_at.toISOString(),
    readAt: n.read_at ? n.read_at.toISOString() : null,
  };
}
