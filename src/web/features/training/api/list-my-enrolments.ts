import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MyEnrolment } from './contracts';

/** GET /api/v1/training/my-enrolments: her courses, check-in codes, hours attended and certificates. */
export function useMyEnrolments() {
  return useQuery({
    queryKey: ['training', 'mine'],
    queryFn: ({ signal }) => api.get<{ items: MyEnrolment[] }>('/api/v1/training/my-enrolments', { signal }),
  });
}
