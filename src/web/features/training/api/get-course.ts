import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CourseDetail } from './contracts';

/** GET /api/v1/training/courses/:id: sessions and the roster (names and phones masked). */
export function useCourse(id: number) {
  return useQuery({
    queryKey: ['training', 'courses', id],
    queryFn: ({ signal }) => api.get<CourseDetail>(`/api/v1/training/courses/${id}`, { signal }),
  });
}
