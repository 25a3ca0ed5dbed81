import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isApiError } from './api-client';
import { meQueryKey } from './auth';

/** Client mistakes will not fix themselves by asking again; outages might. */
function shouldRetry(failureCount: number, error: unknown) {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  // A session that ends mid-use (idle timeout, logout elsewhere) shows up as
  // a 401 on whatever was asked next; marking the person signed out lets
  // the shells' guards send them to the sign-in page.
  // Likewise a security administrator may require two-factor sign-in while
  // someone works: asking who they are again sends them to set it up.
  const onError = (error: unknown) => {
    if (isApiError(error, 'UNAUTHENTICATED', 'SESSION_EXPIRED')) queryClient.setQueryData(meQueryKey, null);
    else if (isApiError(error, 'TOTP_ENROLLMENT_REQUIRED'))
      void queryClient.invalidateQueries({ queryKey: meQueryKey });
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
