/**
 * The piecework feature's query keys, and the one cache rule its writes share: any change
 * refreshes everything piecework shows (a day's records feed the grid, the settlement and the
 * worker's statement alike).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';

export const keys = {
  all: ['piecework'] as const,
  me: ['piecework', 'me'] as const,
  statement: (month: string) => ['piecework', 'statement', month] as const,
  nearby: ['piecework', 'nearby'] as const,
  mine: ['piecework', 'my-factories'] as const,
  myFactory: (id: number) => ['piecework', 'my-factories', id] as const,
  day: (id: number, date: string) => ['piecework', 'day', id, date] as const,
  settlements: (id: number) => ['piecework', 'settlements', id] as const,
  settlement: (id: number) => ['piecework', 'settlement', id] as const,
  staffFactories: (f: object) => ['piecework', 'staff-factories', f] as const,
  venues: (f: object) => ['piecework', 'venues', f] as const,
  wages: (f: object) => ['piecework', 'wages', f] as const,
  invite: (code: string) => ['piecework', 'invite', code] as const,
};

export function useInvalidating<TIn, TOut>(fn: (input: TIn) => Promise<TOut>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: keys.all }) });
}
