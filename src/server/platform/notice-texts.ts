/**
 * What each notice says, in each language, in one table (as ERRORS is for
 * errors). A notice is stored with its template and parameters, and its title
 * and body are written in the reader's language when the inbox is read, so an
 * officer who reads in English gets English titles for alerts raised before
 * she switched. `{name}` is replaced by the parameter; a parameter may itself
 * be a word in both languages (a status). Names, titles and notes that people
 * typed are parameters, shown as typed.
 */
import { BENEFITS_NOTICES } from '../../shared/benefits/notices';
import { fillPlaceholders, type Locale } from '../../shared/errors';
import { JOBS_NOTICES } from '../../shared/jobs/notices';
import { LOANS_NOTICES } from '../../shared/loans/notices';
import { mergeParts } from '../../shared/parts';
import { PIECEWORK_NOTICES } from '../../shared/piecework/notices';
import { STATIONS_NOTICES } from '../../shared/stations/notices';
import { TRAINING_NOTICES } from '../../shared/training/notices';

/** Every notice, each domain's part (src/shared/<domain>/notices.ts) in one table. */
export const NOTICE_TEXTS = mergeParts('NOTICE_TEXTS', [
  PIECEWORK_NOTICES,
  JOBS_NOTICES,
  BENEFITS_NOTICES,
  LOANS_NOTICES,
  STATIONS_NOTICES,
  TRAINING_NOTICES,
]);

export type NoticeTemplate = keyof typeof NOTICE_TEXTS;

/** A parameter: a value shown as it is, or a word given in each language. */
export type NoticeParam = string | number | Readonly<Record<Locale, string>>;

/** What a notice says: its template and the values for its `{names}`. */
export interface NoticeText {
  template: NoticeTemplate;
  params: Readonly<Record<string, NoticeParam>>;
}

export function isNoticeTemplate(template: string): template is NoticeTemplate {
  return Object.hasOwn(NOTICE_TEXTS, template);
}

/** The title and body in the reader's language. */
export function renderNotice(text: NoticeText, locale: Locale): { title: string; body: string } {
  const [title, body] = NOTICE_TEXTS[text.template][locale];
  const valueOf = (name: string) => {
    const v = text.params[name];
    return typeof v === 'object' ? v[locale] : v;
  };
  return { title: fillPlaceholders(title, valueOf), body: fillPlaceholders(body, valueOf) };
}
