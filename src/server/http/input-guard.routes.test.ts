/**
 * Bad input is a 400 naming the field, in the caller's language: NUL and
 * broken text anywhere, impossible and out-of-bounds dates by their meaning,
 * ranges that end before they start, rule trees past their documented depth
 * and size, and JSON nested past any contract.
 */
import { describe, expect, it } from 'vitest';
import { resident, staff, type Response } from '../../../tests/support/http-client';
import { useTestApp } from '../../../tests/support/test-app';
import { businessDay } from '../../shared/dates';

const t = useTestApp();

function refused(res: Response, field: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(400);
  expect(res.body.error.code).toBe('VALIDATION_FAILED');
  expect(res.body.error.details.map((d: { field: string }) => d.field)).toContain(field);
  return res.body.error.details.find((d: { field: string }) => d.field === field).message as string;
}

describe('text the database cannot hold', () => {
  it('is refused in a query, a path, a body field and a key, naming the field', async () => {
    const c = await staff(t, 'wangguiling');
    expect(refused(await c.get('/api/v1/residents?q=%E5%BC%A0%00'), 'q')).toBe('搜索词含有不允许的空字符');
    const someone = (await c.get('/api/v1/residents')).body.items[0].id;
    refused(await c.patch(`/api/v1/residents/${someone}`, { name: '张\u0000丽' }), 'name');
    refused(await c.patch(`/api/v1/residents/${someone}`, { hukouArea: 'ab\ud800' }), 'hukouArea');
    refused(await c.patch(`/api/v1/residents/${someone}`, { 'na\u0000me': '张丽' }), 'name');
    refused(await c.get('/api/v1/piecework/invites/AB%00CD'), 'code');
    // A signed-in user is answered in the language she saved; the header speaks only for the signed-out.
    const en = await staff(t, 'wangguiling', 'en');
    expect(refused(await en.get('/api/v1/residents?q=%00'), 'q')).toBe('搜索词含有不允许的空字符');
    await en.patch('/api/v1/me/preferences', { locale: 'en' });
    expect(refused(await en.get('/api/v1/residents?q=%00'), 'q')).toBe(
      'Search contains a NUL character, which is not allowed',
    );
    await en.patch('/api/v1/me/preferences', { locale: 'zh-CN' });
  });

  it('is refused when nested past any contract, without a stack overflow', async () => {
    const c = await staff(t, 'wangguiling');
    const deep = `{"q":${'['.repeat(100_000)}1${']'.repeat(100_000)}}`;
    const res = await c.request('POST', '/api/v1/benefits/rules/preview', deep, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details[0].field).toMatch(/^q(\.0)+$/);
  });
});

describe('dates', () => {
  it('that do not exist, or fall outside their meaning, are refused by name', async () => {
    const me = await resident(t, '13900000001');
    expect(refused(await me.patch('/api/v1/me/profile', { birthDate: '2026-02-30' }), 'birthDate')).toBe(
      '出生日期不是存在的日期',
    );
    refused(await me.patch('/api/v1/me/profile', { birthDate: '2026-13-01' }), 'birthDate');
    refused(await me.patch('/api/v1/me/profile', { birthDate: '1899-12-31' }), 'birthDate');
    const tomorrow = new Date(Date.parse(`${businessDay(new Date())}T00:00:00Z`) + 86_400_000)
      .toISOString()
      .slice(0, 10);
    expect(refused(await me.patch('/api/v1/me/profile', { birthDate: tomorrow }), 'birthDate')).toBe(
      '出生日期不能是将来的日期',
    );
    expect((await me.patch('/api/v1/me/profile', { birthDate: '1989-05-12' })).status).toBe(200);

    const street = await staff(t, 'wangguiling');
    const enterprise = (await street.get('/api/v1/enterprises')).body.items[0].id;
    refused(await street.patch(`/api/v1/enterprises/${enterprise}`, { establishedOn: tomorrow }), 'establishedOn');
    const someone = (await street.get('/api/v1/residents')).body.items[0].id;
    refused(
      await street.put(`/api/v1/benefits/residents/${someone}/facts`, { youngestChildBirthDate: '2025-02-29' }),
      'youngestChildBirthDate',
    );
    refused(await street.get('/api/v1/piecework/wages?from=2026-02-30&to=2026-03-01'), 'from');
  });

  it('in a range whose end precedes its start are refused on the end', async () => {
    const street = await staff(t, 'wangguiling');
    refused(await street.get('/api/v1/piecework/wages?from=2026-03-02&to=2026-03-01'), 'to');
    const auditor = await staff(t, 'auditor');
    refused(
      await auditor.get(
        `/api/v1/audit-events?from=${encodeURIComponent('2026-03-02T00:00:00+08:00')}&to=${encodeURIComponent('2026-03-01T00:00:00+08:00')}`,
      ),
      'to',
    );
  });
});

describe('eligibility rules', () => {
  it('past the documented depth and size are refused, naming the node', async () => {
    const c = await staff(t, 'wangguiling');
    const leaf = { kind: 'hasLabel', label: 'mother' };
    let seven: unknown = leaf;
    for (let i = 0; i < 7; i++) seven = { kind: 'not', rule: seven };
    expect(
      refused(
        await c.post('/api/v1/benefits/rules/preview', { target: 'person', rule: seven }),
        'rule.rule.rule.rule.rule.rule.rule',
      ),
    ).toBe('认定规则层级过多（最多6层）');
    // deeper than JSON.stringify goes, sent as text
    const deep = `{"target":"person","rule":${'{"kind":"not","rule":'.repeat(20_000)}${JSON.stringify(leaf)}${'}'.repeat(20_000)}}`;
    const res = await c.request('POST', '/api/v1/benefits/rules/preview', deep, { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    const wide = { kind: 'any', rules: Array.from({ length: 20 }, () => ({ kind: 'all', rules: [leaf, leaf, leaf] })) };
    expect(refused(await c.post('/api/v1/benefits/rules/preview', { target: 'person', rule: wide }), 'rule')).toBe(
      '认定规则中的条件过多（最多40个）',
    );
  });

  it('are described once in the OpenAPI document, which refers to no schema it lacks', async () => {
    const doc = t.app.swagger() as { components?: { schemas?: Record<string, { description?: string }> } };
    const text = JSON.stringify(doc);
    const refs = new Set([...text.matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!));
    expect(refs.size).toBeGreaterThan(0);
    for (const ref of refs) expect(doc.components?.schemas?.[ref], ref).toBeDefined();
    expect(doc.components!.schemas!.RuleNode!.description).toContain('6 levels');
  });
});
