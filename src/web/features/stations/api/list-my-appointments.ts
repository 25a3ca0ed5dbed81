import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Appointment } from './contracts';

/** GET /api/v1/me/appointments: her bookings, newest first, with the codes of open ones. */
export function useMyAppointments() {
  return useQuery({
    queryKey: ['stations', 'mine'],
    queryFn: ({ signal }) => api.get<{ items: Appointment[] }>('/api/v1/me/appointments', { signal }),
  });
}
