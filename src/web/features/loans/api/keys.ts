/** The query keys of the loan screens, shared by their endpoint files. */
export const loanKeys = {
  all: ['loans'] as const,
  settings: ['loans', 'settings'] as const,
  list: (f: object) => ['loans', 'list', f] as const,
  detail: (id: number) => ['loans', 'detail', id] as const,
  quarter: (quarter: string) => ['loans', 'subsidy-quarter', quarter] as const,
};
