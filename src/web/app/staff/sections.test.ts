import { describe, expect, it } from 'vitest';
import { menuSections, sectionOf } from './sections';

describe('console sections', () => {
  it('offers each administrator their own work, then their account security', () => {
    const staff = { kind: 'staff', totpEnrollmentRequired: false } as const;
    expect(menuSections({ ...staff, role: 'sysadmin' })).toEqual(['accounts', 'areas', 'account-security']);
    expect(menuSections({ ...staff, role: 'secadmin' })).toEqual([
      'accounts',
      'security-settings',
      'areas',
      'account-security',
    ]);
    expect(menuSections({ ...staff, role: 'lender' })).toEqual(['loans', 'account-security']);
  });

  it('offers only account security while two-factor set-up is required', () => {
    expect(menuSections({ kind: 'staff', role: 'community_officer', totpEnrollmentRequired: true })).toEqual([
      'account-security',
    ]);
  });

  it('offers a resident nothing', () => {
    expect(menuSections({ kind: 'resident', role: 'resident', totpEnrollmentRequired: false })).toEqual([]);
  });

  it('finds the section by the first path segment, not a prefix', () => {
    const sections = menuSections({ kind: 'staff', role: 'secadmin', totpEnrollmentRequired: false });
    expect(sectionOf('/staff/account-security', sections)).toBe('account-security');
    expect(sectionOf('/staff/accounts', sections)).toBe('accounts');
    expect(sectionOf('/staff/accountsx', sections)).toBeUndefined();
    expect(sectionOf('/staff', sections)).toBeUndefined();
  });
});
