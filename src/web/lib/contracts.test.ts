import { describe, expect, it } from 'vitest';
import { CHILD_LEVELS as SHARED_CHILD_LEVELS } from '../../shared/schemas/areas';
import { GRANTABLE_ROLES as SHARED_GRANTABLE_ROLES } from '../../shared/schemas/staff-accounts';
import { CHILD_LEVELS, GRANTABLE_ROLES } from './contracts';

// contracts.ts copies these so the shared chunk stays free of zod; the copies must not drift.
describe('contract copies', () => {
  it('grants the roles the server grants', () => {
    expect(GRANTABLE_ROLES).toEqual(SHARED_GRANTABLE_ROLES);
  });

  it('nests area levels as the server does', () => {
    expect(CHILD_LEVELS).toEqual(SHARED_CHILD_LEVELS);
  });
});
