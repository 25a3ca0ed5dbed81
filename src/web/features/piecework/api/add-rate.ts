import { api } from '../../../lib/api-client';
import type { Product } from '../../../lib/contracts';
import { useInvalidating } from './keys';

export function addRate({ productId, ...body }: { productId: number; rate: string; effectiveFrom: string }) {
  return api.post<Product[]>(`/api/v1/piecework/products/${productId}/rates`, body);
}

export const useAddRate = () => useInvalidating(addRate);
