import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { RepaymentImportResult } from './contracts';
import { loanKeys } from './keys';

/** POST /api/v1/loans/repayments/import: an .xlsx of repayments, as multipart; bad rows skipped only when asked. */
export function useImportRepayments() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ file, skipBadRows }: { file: File; skipBadRows: boolean }) => {
      const form = new FormData();
      form.append('skipBadRows', skipBadRows ? 'true' : 'false');
      form.append('file', file);
      return api.post<RepaymentImportResult>('/api/v1/loans/repayments/import', form);
    },
    onSuccess: () => void qc.invalidateQueries({ queryKey: loanKeys.all }),
  });
}
