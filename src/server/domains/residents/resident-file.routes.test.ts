import { describe, expect, it } from 'vitest';
import { staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { idNumberCheckChar } from '../../../shared/validators';

const t = useTestApp();

async function one<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T> {
  const { rows } = await t.adminQuery(text, values);
  return rows[0] as T;
}
const areaId = async (name: string) => (await one<{ id: number }>('select id from areas where name = $1', [name])).id;
const residentId = async (phone: string) =>
  (await one<{ id: number }>('select id from residents where phone = $1', [phone])).id;
const enterpriseId = async (name: string) =>
  (await one<{ id: number }>('select id from enterprises where name = $1', [name])).id;

describe("a resident's whole file (一人一档)", () => {
  it('gathers every capability, masks her numbers, lists each 代办 and audits the visit', async () => {
    const officer = await staff(t, 'fuxing01');
    const first17 = '37021119600412002';
    const created = await officer.post('/api/v1/residents', {
      name: '王秀英',
      idNumber: first17 + idNumberCheckChar(first17),
      phone: '13700002222',
      compoundId: await areaId('复兴社区A区'),
    });
    expect(created.status).toBe(201);
    const rid = created.body.id;
    expect(
      (
        await officer.put(`/api/v1/jobs/assisted/${rid}/profile`, {
          skills: ['packing'],
          jobTypes: ['piecework'],
          minPayFen: null,
          minPayUnit: null,
          windows: [{ days: [1, 2, 3, 4, 5], from: '08:00', to: '11:30' }],
          schoolHoursPreset: false,
          homeAreaId: await areaId('复兴社区A区'),
          maxWalkMinutes: 15,
          discoverable: false,
        })
      ).status,
    ).toBe(200);
    const matches = await officer.get(`/api/v1/jobs/assisted/${rid}/matches`);
    const applied = await officer.post(`/api/v1/jobs/assisted/${rid}/applications`, {
      postId: matches.body.items[0].post.id,
      fields: ['name', 'phone'],
      consentMethod: 'paper',
    });
    expect(applied.status).toBe(200);
    const factory = await one<{ id: number }>(`select id from micro_factories where name = '复兴服装缝纫微工厂'`);
    const joined = await officer.post(`/api/v1/piecework/assisted/${rid}/join`, {
      factoryId: factory.id,
      consentMethod: 'verbal_witnessed',
      witness: '网格员刘芳',
    });
    expect(joined.status).toBe(200);

    const file = await officer.get(`/api/v1/residents/${rid}/file`);
    expect(file.status).toBe(200);
    expect(file.body.resident).toMatchObject({ id: rid, name: '王秀英', phoneMasked: '137****2222' });
    expect(JSON.stringify(file.body)).not.toContain('13700002222');
    expect(JSON.stringify(file.body)).not.toContain(first17);
    expect(file.body.jobs.profile).toMatchObject({ skills: ['packing'], maxWalkMinutes: 15 });
    expect(file.body.jobs.applications).toEqual([
      expect.objectContaining({ id: applied.body.id, assistedBy: '孙海燕', status: 'applied' }),
    ]);
    expect(file.body.consents.map((c: { method: string }) => c.method)).toContain('paper');
    expect(file.body.assisted).toHaveLength(2);
    expect(file.body.assisted).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'job_application', recordId: applied.body.id, officer: '孙海燕' }),
        expect.objectContaining({ kind: 'factory_join', what: '复兴服装缝纫微工厂', officer: '孙海燕' }),
      ]),
    );

    const audit = await one<{ action: string; actor_name: string }>(
      `select action, actor_name from audit_events where action = 'resident.file_view' and target_id = $1`,
      [String(rid)],
    );
    expect(audit).toEqual({ action: 'resident.file_view', actor_name: '孙海燕' });
  });

  it("shows a worker's pay by month and a mother's notices, policies and awards as the records hold them", async () => {
    const street = await staff(t, 'wangguiling');
    const song = await residentId('13900000002');
    const file = (await street.get(`/api/v1/residents/${song}/file`)).body;
    const months = await t.adminQuery(
      `select to_char(l.work_date, 'YYYY-MM') as month, count(*)::int as days, sum(l.amount_fen)::int as fen
         from settlement_lines l join factory_workers w on w.id = l.worker_id
        where w.resident_id = $1 group by 1 order by 1 desc`,
      [song],
    );
    expect(months.rows.length).toBeGreaterThan(0);
    expect(
      file.piecework.months.map((m: { month: string; days: number; amountFen: number }) => ({
        month: m.month,
        days: m.days,
        fen: m.amountFen,
      })),
    ).toEqual(months.rows);
    expect(file.piecework.factories.map((f: { factoryName: string }) => f.factoryName)).toContain('金花粉扑包装微工厂');

    const notices = await t.adminQuery(
      `select count(*)::int as n from notifications n join users u on u.id = n.user_id where u.resident_id = $1`,
      [song],
    );
    expect(file.notices).toHaveLength(Math.min(50, notices.rows[0].n));
    const apps = await t.adminQuery(`select count(*)::int as n from benefit_applications where resident_id = $1`, [
      song,
    ]);
    expect(file.benefits.applications).toHaveLength(apps.rows[0].n);
  });

  it('is not found outside her officer’s areas, and not open to other roles', async () => {
    const song = await residentId('13900000002');
    expect((await (await staff(t, 'tiejue01')).get(`/api/v1/residents/${song}/file`)).status).toBe(404);
    expect((await (await staff(t, 'auditor')).get(`/api/v1/residents/${song}/file`)).status).toBe(403);
  });
});

describe("an enterprise's whole file", () => {
  it('gathers its posts, hires, factory, settlements by month, policies and awards; audits the visit', async () => {
    const officer = await staff(t, 'fuxing01');
    const eid = await enterpriseId('金花粉扑包装微工厂');
    const file = await officer.get(`/api/v1/enterprises/${eid}/file`);
    expect(file.status).toBe(200);
    expect(file.body.enterprise).toMatchObject({ id: eid, name: '金花粉扑包装微工厂' });
    expect(file.body.enterprise.ownerPhoneMasked).toMatch(/\*{4}/);
    const posts = await t.adminQuery(`select title from job_posts where enterprise_id = $1 order by id desc`, [eid]);
    expect(file.body.jobs.posts.map((p: { title: string }) => p.title)).toEqual(posts.rows.map((r) => r.title));
    expect(file.body.piecework.factories.map((f: { name: string }) => f.name)).toContain('金花粉扑包装微工厂');
    const months = await t.adminQuery(
      `select to_char(s.work_date, 'YYYY-MM') as month, sum(s.total_fen)::int as fen
         from settlements s join micro_factories f on f.id = s.factory_id
        where f.enterprise_id = $1 group by 1 order by 1 desc`,
      [eid],
    );
    expect(
      file.body.piecework.months.map((m: { month: string; totalFen: number }) => ({ month: m.month, fen: m.totalFen })),
    ).toEqual(months.rows);
    const audit = await one<{ n: number }>(
      `select count(*)::int as n from audit_events where action = 'enterprise.file_view' and target_id = $1`,
      [String(eid)],
    );
    expect(audit.n).toBe(1);
    expect((await (await staff(t, 'tiejue01')).get(`/api/v1/enterprises/${eid}/file`)).status).toBe(404);
  });
});
