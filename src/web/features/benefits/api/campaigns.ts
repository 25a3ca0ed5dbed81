import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';
import type { Batch, BatchDetail, Campaign, CampaignDetail, CampaignTask } from './contracts';

export function useCampaigns() {
  return useQuery({
    queryKey: ['benefit-campaigns'],
    queryFn: ({ signal }) => api.get<{ items: Campaign[] }>('/api/v1/benefits/campaigns', { signal }),
  });
}
export function useCampaign(id: number) {
  return useQuery({
    queryKey: ['benefit-campaigns', id],
    queryFn: ({ signal }) => api.get<CampaignDetail>(`/api/v1/benefits/campaigns/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}
export function useRunCampaign() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { policyId: number; sendSms: boolean }) =>
      api.post<CampaignDetail>('/api/v1/benefits/campaigns', input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['benefit-campaigns'] }),
  });
}
export function useCloseCampaign(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<CampaignDetail>(`/api/v1/benefits/campaigns/${id}/close`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['benefit-campaigns'] }),
  });
}
export function useTasks(filters: {
  page: number;
  pageSize: number;
  campaignId?: number | undefined;
  open?: 'true' | 'false' | undefined;
}) {
  return useQuery({
    queryKey: ['benefit-tasks', filters],
    queryFn: ({ signal }) => api.get<Page<CampaignTask>>('/api/v1/benefits/tasks', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}
export function useLogVisit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      id,
      ...input
    }: {
      id: number;
      outcome: string;
      note: string;
      facts?: { unemployedRegisteredOn?: string; youngestChildBirthDate?: string; businessStage?: string };
      consent?: { consentMethod: 'paper' | 'verbal_witnessed'; witness?: string };
    }) => api.post<CampaignTask>(`/api/v1/benefits/tasks/${id}/visits`, input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['benefit-applications'] });
      void qc.invalidateQueries({ queryKey: ['benefit-tasks'] });
      void qc.invalidateQueries({ queryKey: ['benefit-campaigns'] });
    },
  });
}
export function useBatches() {
  return useQuery({
    queryKey: ['benefit-batches'],
    queryFn: ({ signal }) => api.get<{ items: Batch[] }>('/api/v1/benefits/batches', { signal }),
  });
}
export function useBatch(id: number) {
  return useQuery({
    queryKey: ['benefit-batches', id],
    queryFn: ({ signal }) => api.get<BatchDetail>(`/api/v1/benefits/batches/${id}`, { signal }),
    enabled: Number.isInteger(id) && id > 0,
  });
}
function useBatchMutation<I>(id: number, run: (input: I) => Promise<BatchDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: run,
    onSuccess: (detail) => {
      qc.setQueryData(['benefit-batches', id], detail);
      void qc.invalidateQueries({ queryKey: ['benefit-batches'], exact: true });
      void qc.invalidateQueries({ queryKey: ['benefit-automatic'] });
    },
  });
}
export const useExcludeRecipient = (id: number) =>
  useBatchMutation(id, ({ itemId, exclusionReason }: { itemId: number; exclusionReason: string }) =>
    api.post<BatchDetail>(`/api/v1/benefits/batches/${id}/recipients/${itemId}/exclude`, { exclusionReason }),
  );
export const useConfirmBatch = (id: number) =>
  useBatchMutation(id, () => api.post<BatchDetail>(`/api/v1/benefits/batches/${id}/confirm`));
export function useAutomaticPreview(policyId: number | null) {
  return useQuery({
    queryKey: ['benefit-automatic', policyId],
    queryFn: ({ signal }) =>
      api.get<{ count: number; totalFen: number }>(`/api/v1/benefits/policies/${policyId}/automatic-preview`, {
        signal,
      }),
    enabled: policyId !== null,
  });
}
export function useCreateBatch() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { kind: 'applications'; applicationIds: number[] } | { kind: 'automatic'; policyId: number }) =>
      api.post<{ id: number }>('/api/v1/benefits/batches', input),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['benefit-batches'] });
      void qc.invalidateQueries({ queryKey: ['benefit-applications'] });
      void qc.invalidateQueries({ queryKey: ['benefit-automatic'] });
    },
  });
}
