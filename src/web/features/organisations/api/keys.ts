/** Organisations' query keys, shared by its endpoint files. */
export const organisationKeys = {
  all: ['organisations'] as const,
  list: ['organisations', 'list'] as const,
  detail: (id: number) => ['organisations', 'detail', id] as const,
  candidates: (id: number, q: string) => ['organisations', 'candidates', id, q] as const,
  rosters: ['rosters'] as const,
  roster: (areaId: number) => ['rosters', areaId] as const,
  inCare: ['rosters', 'in-care'] as const,
};
