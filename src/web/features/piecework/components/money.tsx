import { formatFen, roundE4ToFen } from '../../../lib/contracts';

/** Fen as yuan ("98.00 元"); the amount of pieces not yet settled is shown rounded the way its line will be. */
export function Yuan({ fen, testId }: { fen: number; testId?: string }) {
  return <span data-testid={testId}>{formatFen(fen)} 元</span>;
}

export function yuanOfE4(e4: number): string {
  return formatFen(roundE4ToFen(e4));
}

export function hoursOf(minutes: number | null): string {
  if (minutes === null) return '—';
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

export function currentMonth(today: string): string {
  return today.slice(0, 7);
}

export function shiftMonth(month: string, by: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

export function todayInShanghai(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}
