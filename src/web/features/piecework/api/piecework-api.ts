/**
 * The piecework endpoints, one fetcher and hook each, typed by the shared
 * contract (src/shared/schemas/piecework.ts) so the server and the screens agree.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AvailableVenue,
  DayGrid,
  Factory,
  LedgerCheckResult,
  MyWork,
  NearbyFactory,
  OwnedFactory,
  Product,
  SettlementDetail,
  SettlementLine,
  Settlement,
  Statement,
  Venue,
  WagesReport,
  Worker,
} from '../../../lib/contracts';
import { api } from '../../../lib/api-client';
import type { Page } from '../../../lib/contracts';

export type {
  DayGrid,
  Factory,
  LedgerCheckResult,
  MyWork,
  NearbyFactory,
  OwnedFactory,
  Product,
  Settlement,
  SettlementDetail,
  SettlementLine,
  Statement,
  Venue,
  WagesReport,
  Worker,
};

const P = '/api/v1/piecework';
export const keys = {
  all: ['piecework'] as const,
  me: ['piecework', 'me'] as const,
  statement: (month: string) => ['piecework', 'statement', month] as const,
  nearby: ['piecework', 'nearby'] as const,
  mine: ['piecework', 'my-factories'] as const,
  myFactory: (id: number) => ['piecework', 'my-factories', id] as const,
  day: (id: number, date: string) => ['piecework', 'day', id, date] as const,
  settlements: (id: number) => ['piecework', 'settlements', id] as const,
  settlement: (id: number) => ['piecework', 'settlement', id] as const,
  staffFactories: (f: object) => ['piecework', 'staff-factories', f] as const,
  venues: (f: object) => ['piecework', 'venues', f] as const,
  wages: (f: object) => ['piecework', 'wages', f] as const,
  invite: (code: string) => ['piecework', 'invite', code] as const,
};

// ── the worker ──
export const useMyWork = () =>
  useQuery({ queryKey: keys.me, queryFn: ({ signal }) => api.get<MyWork>(`${P}/me`, { signal }) });
export const useStatement = (month: string) =>
  useQuery({
    queryKey: keys.statement(month),
    queryFn: ({ signal }) => api.get<Statement>(`${P}/me/statement`, { query: { month }, signal }),
    placeholderData: keepPreviousData,
  });
export const useNearbyFactories = () =>
  useQuery({
    queryKey: keys.nearby,
    queryFn: ({ signal }) => api.get<NearbyFactory[]>(`${P}/nearby-factories`, { signal }),
  });
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
export const useInvite = (code: string) =>
  useQuery({
    queryKey: keys.invite(code),
    queryFn: ({ signal }) => api.get<InvitePreview>(`${P}/invites/${encodeURIComponent(code)}`, { signal }),
    retry: false,
  });

function useInvalidating<TIn, TOut>(fn: (input: TIn) => Promise<TOut>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => void qc.invalidateQueries({ queryKey: keys.all }) });
}

/** Joining carries her consent to share what the invite page showed her (name, masked phone). */
export const useJoin = () =>
  useInvalidating((inviteCode: string) => api.post(`${P}/join`, { inviteCode, consent: true }));
export const useMyPresence = () =>
  useInvalidating((body: { factoryId: number; kind: string; clientKey: string }) =>
    api.post<{ state: string; minutesPresent: number }>(`${P}/me/presence`, body),
  );
export const useSelfReport = () =>
  useInvalidating(
    (body: { factoryId: number; productId: number; workDate: string; quantity: number; clientKey: string }) =>
      api.post(`${P}/me/records`, body),
  );
export const useAcknowledge = () =>
  useInvalidating((lineId: number) => api.post(`${P}/settlement-lines/${lineId}/acknowledge`));
export const useDispute = () =>
  useInvalidating(({ lineId, reason }: { lineId: number; reason: string }) =>
    api.post(`${P}/settlement-lines/${lineId}/dispute`, { disputeReason: reason }),
  );

// ── the owner ──
export const useAvailableVenues = (enabled: boolean) =>
  useQuery({
    enabled,
    queryKey: [...keys.all, 'venues-available'],
    queryFn: ({ signal }) => api.get<AvailableVenue[]>(`${P}/venues/available`, { signal }),
  });
export const useMyFactories = () =>
  useQuery({ queryKey: keys.mine, queryFn: ({ signal }) => api.get<OwnedFactory[]>(`${P}/my-factories`, { signal }) });
export const useMyFactory = (id: number) =>
  useQuery({
    queryKey: keys.myFactory(id),
    queryFn: ({ signal }) => api.get<OwnedFactory>(`${P}/my-factories/${id}`, { signal }),
  });
export const useDayGrid = (id: number, date: string) =>
  useQuery({
    queryKey: keys.day(id, date),
    queryFn: ({ signal }) => api.get<DayGrid>(`${P}/factories/${id}/day`, { query: { date }, signal }),
    placeholderData: keepPreviousData,
    networkMode: 'always',
  });
export const useFactorySettlements = (id: number) =>
  useQuery({
    queryKey: keys.settlements(id),
    queryFn: ({ signal }) =>
      api.get<Page<Settlement>>(`${P}/factories/${id}/settlements`, { query: { pageSize: 30 }, signal }),
  });
export const useSettlement = (id: number | null) =>
  useQuery({
    queryKey: keys.settlement(id ?? 0),
    queryFn: ({ signal }) => api.get<SettlementDetail>(`${P}/settlements/${id}`, { signal }),
    enabled: id !== null,
  });

export interface QueuedRecord {
  clientKey: string;
  workerId?: number;
  productId?: number;
  workDate?: string;
  quantity?: number;
  reversesId?: number;
}
export const postBatch = (factoryId: number, records: QueuedRecord[]) =>
  api.post<{ accepted: number; duplicates: number; adjustments: number }>(`${P}/factories/${factoryId}/records/batch`, {
    records,
  });

export const useCreateFactory = () =>
  useInvalidating(
    (body: { enterpriseId: number; name: string; industry: string; workstations: number; openingHours: string }) =>
      api.post<OwnedFactory>(`${P}/factories`, body),
  );
export const useUpdateFactory = (id: number) =>
  useInvalidating((body: { status?: string }) => api.patch<OwnedFactory>(`${P}/factories/${id}`, body));
export const useCreateProduct = (id: number) =>
  useInvalidating((body: { name: string; unit: string; rate: string; effectiveFrom: string }) =>
    api.post<Product[]>(`${P}/factories/${id}/products`, body),
  );
export const useAddRate = () =>
  useInvalidating(({ productId, ...body }: { productId: number; rate: string; effectiveFrom: string }) =>
    api.post<Product[]>(`${P}/products/${productId}/rates`, body),
  );
export const useDecide = () =>
  useInvalidating(({ id, approve }: { id: number; approve: boolean }) =>
    api.post(`${P}/records/${id}/${approve ? 'approve' : 'reject'}`),
  );
export const useOwnerPresence = (factoryId: number) =>
  useInvalidating((body: { workerId: number; kind: string; clientKey: string }) =>
    api.post(`${P}/factories/${factoryId}/presence`, body),
  );
export const useCloseDay = (factoryId: number) =>
  useInvalidating(({ workDate, checkOutAtClose }: { workDate: string; checkOutAtClose: boolean }) =>
    api.post<{ created: boolean; settlement: SettlementDetail }>(`${P}/factories/${factoryId}/settlements`, {
      workDate,
      checkOutAtClose,
    }),
  );
export const useConfirm = () =>
  useInvalidating((id: number) => api.post<SettlementDetail>(`${P}/settlements/${id}/confirm`));
export const usePay = () =>
  useInvalidating(({ id, payMethod, payReference }: { id: number; payMethod: string; payReference: string }) =>
    api.post<SettlementDetail>(`${P}/settlements/${id}/pay`, { payMethod, payReference }),
  );
export const useResolve = () =>
  useInvalidating(({ lineId, note }: { lineId: number; note: string }) =>
    api.post(`${P}/settlement-lines/${lineId}/resolve`, { resolutionNote: note }),
  );
export const payrollUrl = (factoryId: number, month: string) =>
  `${P}/factories/${factoryId}/payroll.xlsx?month=${month}`;

// ── the street ──
export interface StaffFactoryFilters {
  q?: string;
  areaId?: number;
  industry?: string;
  status?: string;
  verified?: 'true' | 'false';
  page: number;
  pageSize: number;
}
export const useStaffFactories = (f: StaffFactoryFilters) =>
  useQuery({
    queryKey: keys.staffFactories(f),
    queryFn: ({ signal }) => api.get<Page<Factory>>(`${P}/factories`, { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
export const useVerifyFactory = () =>
  useInvalidating(({ id, verified }: { id: number; verified: boolean }) =>
    api.post<Factory>(`${P}/factories/${id}/verify`, { verified }),
  );
export const useVenues = (f: { areaId?: number; status?: string; page: number; pageSize: number }) =>
  useQuery({
    queryKey: keys.venues(f),
    queryFn: ({ signal }) => api.get<Page<Venue>>(`${P}/venues`, { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
export const useCreateVenue = () =>
  useInvalidating(
    (body: { areaId: number; address: string; areaSqm: number; ownerName: string; ownerPhone?: string }) =>
      api.post<Venue>(`${P}/venues`, body),
  );
export const useUpdateVenue = () =>
  useInvalidating(({ id, status }: { id: number; status: string }) =>
    api.patch<Venue>(`${P}/venues/${id}`, { status }),
  );
export const useWages = (f: { from: string; to: string; areaId?: number }) =>
  useQuery({
    queryKey: keys.wages(f),
    queryFn: ({ signal }) => api.get<WagesReport>(`${P}/wages`, { query: { ...f }, signal }),
    placeholderData: keepPreviousData,
  });
/** The ledger check (ADR 0047): run on demand, audited; its answer is shown, not cached. */
export const useLedgerCheck = () =>
  useMutation({
    mutationFn: (body: { from?: string; to?: string; areaId?: number }) =>
      api.post<LedgerCheckResult>(`${P}/ledger-checks`, body),
  });
