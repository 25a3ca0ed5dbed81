/**
 * Bad input never gives a 500. Every write route, and every read with query
 * parameters, in the OpenAPI document the app publishes gets hostile values
 * for each of its parameters and body fields (tests/support/hostile-requests),
 * sent by a signed-in user of a role that reaches the route, with a valid
 * CSRF token. Any answer of 500 or above fails, naming the route and the case.
 */
import { describe, expect, it } from 'vitest';
import { resident, staff, type Client } from '../../../tests/support/http-client';
import {
  hostileCases,
  operationsOf,
  SchemaReader,
  urlOf,
  type HostileCase,
  type Operation,
} from '../../../tests/support/hostile-requests';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();

/** The demo street's users, in the order they are tried on a route: the first one the route does not refuse sends its cases. */
const ROLES: { name: string; username?: string; phone?: string }[] = [
  { name: 'street officer', username: 'wangguiling' },
  { name: 'community officer', username: 'fuxing01' },
  { name: 'station agent', username: 'paifang01' },
  { name: 'lender', username: 'bank01' },
  { name: 'employer', phone: '13900000010' },
  { name: 'resident', phone: '13900000001' },
  { name: 'security administrator', username: 'secadmin' },
  { name: 'system administrator', username: 'sysadmin' },
  { name: 'auditor', username: 'auditor' },
];
type Role = (typeof ROLES)[number];

describe('hostile input', () => {
  it('never gets an answer of 500 on any route', { timeout: 240_000 }, async () => {
    const doc = t.app.swagger() as unknown as { paths: Record<string, Record<string, unknown>> };
    const reader = new SchemaReader(doc);
    const ops = operationsOf(doc);
    expect(ops.length).toBeGreaterThan(100);

    const clients = new Map<Role, Client>();
    const signIn = async (role: Role) => {
      if (role.phone) await t.adminQuery('delete from sms_codes where phone = $1', [role.phone]);
      const c = role.username ? await staff(t, role.username) : await resident(t, role.phone!);
      clients.set(role, c);
      return c;
    };
    for (const role of ROLES) await signIn(role);
    // Hostile requests may sign these users out, close, lock, re-key or re-role them:
    // their accounts are put back as they were, so every route is tried by someone signed in.
    const accounts = await t.adminQuery(
      `select id, role, password_hash, active, closed_at, totp_secret_enc, totp_enabled_at from users
       where username = any($1) or phone = any($2)`,
      [ROLES.map((r) => r.username).filter(Boolean), ROLES.map((r) => r.phone).filter(Boolean)],
    );
    const areas = await t.adminQuery(`select user_id, area_id from user_areas where user_id = any($1)`, [
      accounts.rows.map((r) => r.id),
    ]);
    const restore = async () => {
      await t.adminQuery(`delete from settings where key = 'staff_totp_required'`);
      for (const a of accounts.rows) {
        await t.adminQuery(
          `update users set role = $2, password_hash = $3, active = $4, closed_at = $5, totp_secret_enc = $6,
             totp_enabled_at = $7, failed_logins = 0, locked_until = null where id = $1`,
          [a.id, a.role, a.password_hash, a.active, a.closed_at, a.totp_secret_enc, a.totp_enabled_at],
        );
        await t.adminQuery('delete from user_areas where user_id = $1', [a.id]);
      }
      for (const a of areas.rows)
        await t.adminQuery('insert into user_areas (user_id, area_id) values ($1, $2)', [a.user_id, a.area_id]);
    };
    const ids = accounts.rows.map((a) => a.id);
    const intact = async () => {
      const now = await t.adminQuery(
        `select u.id, u.role, u.active, u.closed_at, u.password_hash, u.totp_enabled_at,
           (select count(*) from sessions s where s.user_id = u.id)::int as sessions,
           (select count(*) from settings where key = 'staff_totp_required')::int as totp_rule
         from users u where u.id = any($1) order by u.id`,
        [ids],
      );
      return now.rows.every((u) => {
        const a = accounts.rows.find((r) => r.id === u.id)!;
        return (
          u.sessions > 0 &&
          u.totp_rule === 0 &&
          u.role === a.role &&
          u.active === a.active &&
          String(u.closed_at) === String(a.closed_at) &&
          u.password_hash === a.password_hash &&
          String(u.totp_enabled_at) === String(a.totp_enabled_at)
        );
      });
    };
    const heal = async () => {
      if (await intact()) return;
      await restore();
      for (const role of ROLES) if ((await clients.get(role)!.get('/api/v1/me')).status !== 200) await signIn(role);
    };

    // a path parameter gets the first id its list shows the role, so the route finds something
    const lists = new Map<string, string | null>();
    const idFor = async (role: Role, op: Operation, param: string) => {
      const before = op.path.slice(0, op.path.indexOf(`{${param}}`) - 1);
      const noun = param.endsWith('Id') ? `/${param.slice(0, -2)}s` : null;
      const candidates = [before, ...Object.keys(doc.paths).filter((p) => noun && p.endsWith(noun))];
      for (const list of candidates) {
        if (!doc.paths[list]?.get) continue;
        const key = `${role.name} ${list}`;
        if (!lists.has(key)) {
          const res = await clients.get(role)!.get(list);
          const items = Array.isArray(res.body) ? res.body : res.body?.items;
          lists.set(key, res.status === 200 && items?.[0]?.id != null ? String(items[0].id) : null);
        }
        const id = lists.get(key);
        if (id) return id;
      }
      return '1';
    };
    const pathValues = async (role: Role, op: Operation) => {
      const values: Record<string, string> = {};
      for (const p of op.parameters) if (p.in === 'path') values[p.name] = await idFor(role, op, p.name);
      return values;
    };
    const send = (role: Role, op: Operation, c: HostileCase, path: Record<string, string>) => {
      const client = clients.get(role)!;
      const url = urlOf(op, c, path);
      if (c.raw !== undefined) return client.request(op.method, url, c.raw, { 'content-type': 'application/json' });
      if (c.noBody) return client.request(op.method, url, undefined);
      return client.request(op.method, url, c.body);
    };

    const failures: string[] = [];
    let sent = 0;
    let reached = 0;
    for (const op of ops) {
      const [plausible, ...hostile] = hostileCases(reader, op);
      // the first role the route does not refuse outright sends the hostile cases
      let chosen = ROLES[0]!;
      let path = await pathValues(chosen, op);
      for (const role of ROLES) {
        const rolePath = await pathValues(role, op);
        const res = await send(role, op, plausible!, rolePath);
        sent++;
        if (res.status >= 500)
          failures.push(`${op.method} ${op.path} as ${role.name}: ${plausible!.label} → ${res.status}`);
        if (res.status !== 401 && res.status !== 403) {
          [chosen, path] = [role, rolePath];
          reached++;
          break;
        }
      }
      for (const c of hostile) {
        const res = await send(chosen, op, c, path);
        sent++;
        if (res.status >= 500) failures.push(`${op.method} ${op.path} as ${chosen.name}: ${c.label} → ${res.status}`);
      }
      await heal();
    }
    expect(sent).toBeGreaterThan(ops.length * 10);
    // the routes were tried by someone they let in, not refused at the door
    expect(reached).toBeGreaterThan(ops.length * 0.9);
    expect(failures).toEqual([]);
  });
});
