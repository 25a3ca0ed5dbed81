import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { Eligibility } from './contracts';

export const evaluateResidentKey = (policyId: number, residentId: number) =>
  ['benefit-policies', 'evaluate', policyId, 'resident', residentId] as const;

export const evaluateResident = (policyId: number, residentId: number, signal?: AbortSignal) =>
  api.get<Eligibility>(`/api/v1/benefits/policies/${policyId}/evaluate`, { query: { residentId }, signal });

/**
 * A policy's published rule against one resident's facts, with each condition's outcome in words.
 * For an officer it is a reveal of her data: the server audits each read, so it is read once per choice.
 */
export function useEvaluateResident(policyId: number | null, residentId: number) {
  return useQuery({
    queryKey: evaluateResidentKey(policyId ?? 0, residentId),
    queryFn: ({ signal }) => evaluateResident(policyId!, residentId, signal),
    enabled: policyId !== null,
    retry: false,
    staleTime: Infinity,
  });
}
