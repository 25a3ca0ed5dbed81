import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AttendanceResult } from './contracts';

/** POST /api/v1/training/sessions/:id/attendance: the agent types the trainee's code; a repeat records nothing. */
export function useCheckInTrainee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { sessionId: number; checkInCode: string }) =>
      api.post<AttendanceResult>(`/api/v1/training/sessions/${v.sessionId}/attendance`, {
        checkInCode: v.checkInCode,
      }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
}
