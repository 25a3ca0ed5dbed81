import { api } from '../../../lib/api-client';
import type { Product } from '../../../lib/contracts';
import { useInvalidating } from './keys';

export interface ProductInput {
  name: string;
  unit: string;
  rate: string;
  effectiveFrom: string;
}

export function createProduct(id: number, body: ProductInput) {
  return api.post<Product[]>(`/api/v1/piecework/factories/${id}/products`, body);
}

export const useCreateProduct = (id: number) => useInvalidating((body: ProductInput) => createProduct(id, body));
