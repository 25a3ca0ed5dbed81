import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postMaterial } from '../../../lib/upload';
import type { LoanDetail } from './contracts';
import { loanKeys } from './keys';

/** POST /api/v1/loans/:id/materials: one of the product's materials, as multipart (lib/upload.ts). */
export function useUploadLoanMaterial(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ material, file }: { material: string; file: File }) =>
      postMaterial<LoanDetail>(`/api/v1/loans/${id}/materials`, material, file),
    onSuccess: (detail) => qc.setQueryData(loanKeys.detail(detail.id), detail),
  });
}
