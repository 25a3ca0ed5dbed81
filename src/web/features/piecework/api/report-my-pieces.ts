import { api } from '../../../lib/api-client';
import { useInvalidating } from './keys';

export function reportMyPieces(body: {
  factoryId: number;
  productId: number;
  workDate: string;
  quantity: number;
  clientKey: string;
}) {
  return api.post('/api/v1/piecework/me/records', body);
}

export const useSelfReport = () => useInvalidating(reportMyPieces);
