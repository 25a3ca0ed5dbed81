import { api } from '../../../lib/api-client';
import type { Venue } from '../../../lib/contracts';
import { useInvalidating } from './keys';

export interface VenueInput {
  areaId: number;
  address: string;
  areaSqm: number;
  ownerName: string;
  ownerPhone?: string;
}

export function createVenue(body: VenueInput) {
  return api.post<Venue>('/api/v1/piecework/venues', body);
}

export const useCreateVenue = () => useInvalidating(createVenue);
