import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ApplicationDetail } from './contracts';
import { applicationKeys } from './keys';

/** A material goes as multipart: the file and which of the policy's materials it is. */
export function uploadMaterial(id: number, { material, file }: { material: string; file: File }) {
  const form = new FormData();
  form.append('material', material);
  form.append('file', file);
  return api.post<ApplicationDetail>(`/api/v1/benefits/applications/${id}/materials`, form);
}

export function useUploadMaterial(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { material: string; file: File }) => uploadMaterial(id, input),
    onSuccess: (detail) => qc.setQueryData(applicationKeys.detail(detail.id), detail),
  });
}
