import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { StaffCourse } from './contracts';

/** GET /api/v1/training/courses: the courses at the stations she reaches, with fill rates and completions. */
export function useCourses() {
  return useQuery({
    queryKey: ['training', 'courses'],
    queryFn: ({ signal }) => api.get<{ items: StaffCourse[] }>('/api/v1/training/courses', { signal }),
  });
}
