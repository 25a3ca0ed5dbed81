import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CreateJobPostInput, JobPostDetail } from '../../../lib/contracts';

export function createPost(input: CreateJobPostInput) {
  return api.post<JobPostDetail>('/api/v1/employer/posts', input);
}

export function useCreatePost() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPost,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'employer-posts'] }),
  });
}
