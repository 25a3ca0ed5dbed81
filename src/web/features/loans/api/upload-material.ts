import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { LoanDetail } from './contracts';
import { loanKeys } from './keys';

/** POST /api/v1/loans/:id/materials: one of the product's materials, as multipart (the file and its name in the list). */
export function useUploadLoanMaterial(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ material, file }: { material: string; file: File }) => {
      const form = new FormData();
      form.append('material', material);
      form.append('file', file);
      return api.post<LoanDetail>(`/api/v1/loans/${id}/materials`, form);
    },
    onSuccess: (detail) => qc.setQueryData(loanKeys.detail(detail.id), detail),
  });
}
