import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { MyEnrolment } from './contracts';

/** POST /api/v1/training/courses/:id/enrolments: a seat or the waitlist; a resend answers the same enrolment. */
export function useEnrolCourse() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (courseId: number) => api.post<MyEnrolment>(`/api/v1/training/courses/${courseId}/enrolments`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
}
