/**
 * Dates are shown on Beijing time whatever the device's zone: the street
 * office, its records and its business days are all in Asia/Shanghai.
 */
import type { Locale } from './contracts';

const TIME_ZONE = 'Asia/Shanghai';

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>();

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    dateTimeFormats.set(locale, format);
  }
  return format.format(date);
}

/** The instants a Beijing calendar day starts and ends, as the API's ISO datetimes with offset. */
export function shanghaiDayBounds(isoDate: string): { from: string; to: string } {
  return { from: `${isoDate}T00:00:00+08:00`, to: `${isoDate}T23:59:59.999+08:00` };
}

/** Where a record is filed, on one line: its community, then the compound or area itself. */
export function formatLocation(record: { communityName: string | null; areaName: string }): string {
  return [record.communityName, record.areaName].filter(Boolean).join(' · ');
}

/** Integer fen as yuan with two decimals and thousands separators, e.g. 20000000 → "200,000.00". */
export function formatFenYuan(fen: number | null | undefined): string {
  if (fen === null || fen === undefined) return '—';
  return (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

const dayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** An instant's Beijing calendar day, YYYY-MM-DD; a YYYY-MM-DD day is shown as it is. */
export function formatDay(iso: string | null | undefined): string {
  if (!iso) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dayFormat.format(date);
}
