/** Shared employment's query keys: everything under one key, so a write refreshes what it changed. */
export const sharingKeys = {
  all: ['sharing'] as const,
  ownPosts: ['sharing', 'own-posts'] as const,
  matches: (as: 'employer' | 'street', id: number | null) => ['sharing', 'matches', as, id] as const,
  ownAgreements: ['sharing', 'own-agreements'] as const,
  ownAgreement: (id: number) => ['sharing', 'own-agreement', id] as const,
  mine: ['sharing', 'mine'] as const,
  board: ['sharing', 'board'] as const,
  employees: (enterpriseId: number | null) => ['sharing', 'employees', enterpriseId] as const,
};
