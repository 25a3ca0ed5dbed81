import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CourseDetail } from './contracts';

/** POST /api/v1/training/enrolments/:id/assessment: passed or failed; completion follows the course's rule. */
export function useRecordAssessment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { enrolmentId: number; result: 'passed' | 'failed' }) =>
      api.post<CourseDetail>(`/api/v1/training/enrolments/${v.enrolmentId}/assessment`, { result: v.result }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
}
