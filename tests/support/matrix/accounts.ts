/** Sign-in, the caller's own account, and the administrators' staff accounts and security settings (三员分立). */
import { allowed, everyone, signedIn, type MatrixRow, type Who } from '../authorisation-matrix';
import type { World } from './world';

const STAFF = [
  'community_officer',
  'street_officer',
  'station_agent',
  'lender',
  'sysadmin',
  'secadmin',
  'auditor',
] as const;

export async function accountsRows(w: World): Promise<MatrixRow[]> {
  const anyuan = await w.id(`select id from users where username = 'anyuan01'`);
  const tiejue = await w.id(`select id from users where username = 'tiejue01'`);
  const phoneOf = (who: Who) =>
    `137000000${String(['signed_out', 'resident', ...STAFF].indexOf(who)).padStart(2, '0')}`;
  // Staff accounts have no area: an administrator acts on any staff account, and a missing one is 404.
  const staffAccount = (id: number) => ({ other: { inScope: { id }, outOfScope: { id: w.missing } } });
  return [
    { method: 'GET', path: '/api/health', expect: everyone(200) },
    {
      method: 'GET',
      path: '/api/metrics',
      expect: allowed(['sysadmin'], 200, { sysadmin: { inScope: 200, outOfScope: 200 } }),
    },
    { method: 'GET', path: '/api/v1/auth/csrf', expect: everyone(200) },
    {
      method: 'POST',
      path: '/api/v1/auth/sms-code',
      body: (who: Who) => ({ phone: phoneOf(who) }),
      expect: everyone(202),
    },
    // A wrong password is refused alike whoever asks; signing in is open to all.
    {
      method: 'POST',
      path: '/api/v1/auth/login',
      body: { username: 'matrix-nobody', password: 'Wrong@2026' },
      expect: everyone(401),
    },
    { method: 'POST', path: '/api/v1/auth/logout', freshClient: true, expect: everyone(204) },
    { method: 'GET', path: '/api/v1/me', expect: signedIn() },
    {
      method: 'POST',
      path: '/api/v1/me/totp/setup',
      expect: allowed(STAFF),
    },
    // A code that does not match the secret just set up: the caller reaches the check.
    {
      method: 'POST',
      path: '/api/v1/me/totp/enable',
      body: { code: '000000' },
      expect: signedIn(200),
      authorised: ['401 TOTP_INVALID'],
    },
    { method: 'PATCH', path: '/api/v1/me/preferences', body: { locale: 'zh-CN' }, expect: signedIn() },
    { method: 'GET', path: '/api/v1/dev/sms-outbox', expect: everyone(200) },
    { method: 'GET', path: '/api/v1/staff-accounts', expect: allowed(['sysadmin', 'secadmin']) },
    { method: 'GET', path: '/api/v1/staff-accounts/options', expect: allowed(['sysadmin', 'secadmin']) },
    {
      method: 'POST',
      path: '/api/v1/staff-accounts',
      body: { username: 'matrix.staff', displayName: '新同事', password: 'Matrix2026pass' },
      expect: allowed(['sysadmin'], 201),
    },
    {
      method: 'POST',
      path: '/api/v1/staff-accounts/{id}/grant',
      subjects: staffAccount(anyuan),
      expect: allowed(['secadmin']),
      authorised: ['400 VALIDATION_FAILED'],
    },
    {
      method: 'POST',
      path: '/api/v1/staff-accounts/{id}/password',
      subjects: staffAccount(anyuan),
      body: { password: 'Matrix@2026long' },
      expect: allowed(['sysadmin']),
    },
    {
      method: 'POST',
      path: '/api/v1/staff-accounts/{id}/totp-reset',
      subjects: staffAccount(anyuan),
      expect: allowed(['secadmin']),
    },
    {
      method: 'POST',
      path: '/api/v1/staff-accounts/{id}/unlock',
      subjects: staffAccount(anyuan),
      expect: allowed(['secadmin']),
    },
    {
      method: 'POST',
      path: '/api/v1/staff-accounts/{id}/deactivate',
      subjects: staffAccount(tiejue),
      expect: allowed(['sysadmin']),
    },
    { method: 'GET', path: '/api/v1/settings/security', expect: allowed(['secadmin']) },
    // Never turns two-factor sign-in on: the matrix's staff would be sent to enrol.
    {
      method: 'PUT',
      path: '/api/v1/settings/security',
      body: { staffTotpRequired: false },
      expect: allowed(['secadmin']),
    },
  ];
}
