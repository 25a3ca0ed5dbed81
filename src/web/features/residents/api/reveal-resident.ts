import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RevealField, RevealResult } from '../../../lib/contracts';

export interface RevealResidentInput {
  fields: RevealField[];
  /** Recorded in the audit log with the officer's name (PIPL: access needs a purpose). */
  reason: string;
}

export function revealResident(id: number, input: RevealResidentInput) {
  return api.post<RevealResult>(`/api/v1/residents/${id}/reveal`, input);
}

export function useRevealResident(id: number) {
  return useMutation({ mutationFn: (input: RevealResidentInput) => revealResident(id, input) });
}
