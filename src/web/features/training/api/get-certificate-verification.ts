import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { CertificateVerification } from './contracts';

/** GET /api/v1/public/certificates/:serial: anyone, signed in or not, checks a certificate. */
export function useCertificateVerification(serial: string) {
  return useQuery({
    queryKey: ['training', 'verify', serial],
    queryFn: ({ signal }) =>
      api.get<CertificateVerification>(`/api/v1/public/certificates/${encodeURIComponent(serial)}`, { signal }),
    retry: false,
  });
}
