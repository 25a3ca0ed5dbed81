/** Registering a resident who is not yet in the registry, before serving her (代办). */
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ResidentListItem } from '../../../lib/contracts';

export function registerResident(input: { name: string; idNumber: string; phone: string; compoundId: number }) {
  return api.post<ResidentListItem>('/api/v1/residents', input);
}

export function useRegisterResident() {
  return useMutation({ mutationFn: registerResident });
}
