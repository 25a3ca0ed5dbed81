import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

interface SmsOutbox {
  items: { phone: string; text: string; code: string | null; at: string }[];
}

export function getSmsOutbox(phone: string, signal?: AbortSignal) {
  return api.get<SmsOutbox>('/api/v1/dev/sms-outbox', { query: { phone }, signal });
}

/**
 * Whether this server runs in demo mode. The outbox only answers there; a
 * production server answers 404, which simply means "no hint".
 */
export function useIsDemoServer(phone: string | null) {
  const query = useQuery({
    queryKey: ['dev', 'sms-outbox', phone],
    queryFn: ({ signal }) => getSmsOutbox(phone ?? '', signal),
    enabled: phone !== null,
    retry: false,
    staleTime: Infinity,
  });
  return query.isSuccess;
}
