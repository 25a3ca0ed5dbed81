import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanDetail } from './contracts';
import { loanKeys } from './keys';

/**
 * POST /api/v1/loans/:id/materials: materials go as multipart; the API client speaks JSON, so this one request
 * is sent by hand with the same CSRF token.
 */
export function useUploadLoanMaterial(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async ({ material, file }: { material: string; file: File }) => {
      const { csrfToken } = await api.get<{ csrfToken: string }>('/api/v1/auth/csrf');
      const form = new FormData();
      form.append('material', material);
      form.append('file', file);
      const res = await fetch(`/api/v1/loans/${id}/materials`, {
        method: 'POST',
        body: form,
        credentials: 'same-origin',
        headers: { 'x-csrf-token': csrfToken },
      });
      const body = (await res.json()) as LoanDetail | { error: { message: string } };
      if (!res.ok) throw new Error('error' in body ? body.error.message : String(res.status));
      return body as LoanDetail;
    },
    onSuccess: (detail) => qc.setQueryData(loanKeys.detail(detail.id), detail),
  });
}
