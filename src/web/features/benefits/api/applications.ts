import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { postMaterial } from '../../../lib/upload';
import type { Page } from '../../../lib/contracts';
import type { Application, ApplicationAction, ApplicationDetail, PolicyForMe } from './contracts';

export const applicationKeys = {
  all: ['benefit-applications'] as const,
  list: (f: object) => ['benefit-applications', 'list', f] as const,
  detail: (id: number) => ['benefit-applications', 'detail', id] as const,
  forMe: ['benefits-for-me'] as const,
};

export function usePoliciesForMe() {
  return useQuery({
    queryKey: applicationKeys.forMe,
    queryFn: ({ signal }) => api.get<{ items: PolicyForMe[] }>('/api/v1/benefits/for-me', { signal }),
  });
}

export function useApplications(filters: { page: number; pageSize: number; status?: string | undefined }) {
  return useQuery({
    queryKey: applicationKeys.list(filters),
    queryFn: ({ signal }) => api.get<Page<Application>>('/api/v1/benefits/applications', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useApplication(id: number) {
  return useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: ({ signal }) => api.get<ApplicationDetail>(`/api/v1/benefits/applications/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}

function useApplicationMutation<I>(run: (input: I) => Promise<ApplicationDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (detail) => {
      qc.setQueryData(applicationKeys.detail(detail.id), detail);
      void qc.invalidateQueries({ queryKey: applicationKeys.all });
      void qc.invalidateQueries({ queryKey: applicationKeys.forMe });
    },
  });
}

export const useApply = () =>
  useApplicationMutation((input: { policyId: number; residentId?: number; enterpriseId?: number }) =>
    api.post<ApplicationDetail>('/api/v1/benefits/applications', input),
  );

export const useApplicationAction = (id: number) =>
  useApplicationMutation((input: { action: ApplicationAction; note?: string; amountFen?: number; reason?: string }) =>
    api.post<ApplicationDetail>(`/api/v1/benefits/applications/${id}/actions`, input),
  );

/** Materials go as multipart (lib/upload.ts). */
export function useUploadMaterial(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ material, file }: { material: string; file: File }) =>
      postMaterial<ApplicationDetail>(`/api/v1/benefits/applications/${id}/materials`, material, file),
    onSuccess: (detail) => qc.setQueryData(applicationKeys.detail(detail.id), detail),
  });
}
