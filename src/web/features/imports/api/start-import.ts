import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { ImportJob, ImportKind } from '../../../lib/contracts';

export interface StartImportInput {
  kind: ImportKind;
  skipBad: boolean;
  file: File;
  /** One key per upload: a retried request answers the same job. */
  clientKey: string;
}

/** POST /api/v1/imports: the file goes as multipart with what it holds and whether to skip bad rows. */
export function startImport({ kind, skipBad, file, clientKey }: StartImportInput) {
  const form = new FormData();
  form.append('kind', kind);
  form.append('skipBad', String(skipBad));
  form.append('clientKey', clientKey);
  form.append('file', file);
  return api.post<ImportJob>('/api/v1/imports', form);
}

export function useStartImport() {
  return useMutation({ mutationFn: startImport });
}
