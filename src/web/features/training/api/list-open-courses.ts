import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Course } from './contracts';

/** GET /api/v1/training/open-courses: the open courses of her street, her own community's first. */
export function useOpenCourses() {
  return useQuery({
    queryKey: ['training', 'open'],
    queryFn: ({ signal }) => api.get<{ items: Course[] }>('/api/v1/training/open-courses', { signal }),
  });
}
