import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { keys } from './keys';

/** What joining a factory means, shown before she agrees: the products and rates, and what the owner will see of her. */
export interface InvitePreview {
  factoryId: number;
  name: string;
  areaName: string;
  industry: string;
  joined: boolean;
  products: { name: string; unit: string; rateE4: number | null }[];
  sharedFields: ('name' | 'phone_masked')[];
  ownerWillSee: { name: string; phoneMasked: string } | null;
}

export function getInvite(code: string, signal?: AbortSignal) {
  return api.get<InvitePreview>(`/api/v1/piecework/invites/${encodeURIComponent(code)}`, { signal });
}

export const useInvite = (code: string) =>
  useQuery({ queryKey: keys.invite(code), queryFn: ({ signal }) => getInvite(code, signal), retry: false });
