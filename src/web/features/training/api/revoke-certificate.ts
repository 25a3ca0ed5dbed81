import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CertificateVerification } from './contracts';

/** POST /api/v1/training/certificates/:id/revoke: the street withdraws a certificate, with its reason. */
export function useRevokeCertificate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: number; reason: string }) =>
      api.post<CertificateVerification>(`/api/v1/training/certificates/${v.id}/revoke`, { reason: v.reason }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['training'] }),
  });
}
