/**
 * What the jobs feature's endpoint files share: how a saved application or post updates the
 * cached lists and records (the query keys are the ['jobs', …] arrays each endpoint file names).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Application, JobPostDetail } from '../../../lib/contracts';

/** A resident's step on her application: the record is replaced, her list and the post refreshed. */
export function useApplicationMutation<I>(fn: (input: I) => Promise<Application>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (application) => {
      queryClient.setQueryData(['jobs', 'application', application.id], application);
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'applications'] });
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'post', application.postId] });
    },
  });
}

/** An employer's change to her post: the post is replaced and her list refreshed. */
export function useEmployerPostMutation<I>(id: number, fn: (input: I) => Promise<JobPostDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (post) => {
      queryClient.setQueryData(['jobs', 'employer-post', id], post);
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'employer-posts'] });
    },
  });
}

/** An employer's decision on an application: the record is replaced and the post's applicants refreshed. */
export function useEmployerDecisionMutation<I>(id: number, fn: (input: I) => Promise<Application>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (application) => {
      queryClient.setQueryData(['jobs', 'employer-application', id], application);
      void queryClient.invalidateQueries({ queryKey: ['jobs', 'post-applications', application.postId] });
    },
  });
}

/** A street officer's review of a post: the review queues are refreshed. */
export function useReviewMutation<I>(fn: (input: I) => Promise<JobPostDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['jobs', 'review'] }),
  });
}
