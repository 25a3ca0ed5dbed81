/**
 * Joining a factory (issue 18 item 7): she sees the products and today's rates
 * and what the owner will see of her before she confirms, and her consent is
 * recorded. 代办 (item 3): an officer of her areas joins her to a factory and
 * acknowledges her pay, with how she agreed recorded (ADR 0026).
 */
import { describe, expect, it } from 'vitest';
import { resident, staff } from '../../../../tests/support/http-client';
import { checkLedgerAfterEach } from '../../../../tests/support/piecework-ledger';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();
checkLedgerAfterEach(t);

const jinhua = async () =>
  (
    await t.adminQuery(
      `select f.id::int, f.invite_code, a.path from micro_factories f join areas a on a.id = f.area_id where f.name = '金花粉扑包装微工厂'`,
    )
  ).rows[0] as { id: number; invite_code: string; path: string };

/** A resident of the officer's areas who does not work at the factory. */
async function residentOf(username: string, factoryId: number, inScope: boolean) {
  const { rows } = await t.adminQuery(
    `select r.id::int, r.name from residents r join areas a on a.id = r.area_id
      where ${inScope ? '' : 'not'} exists (
              select 1 from user_areas ua join users u on u.id = ua.user_id join areas o on o.id = ua.area_id
               where u.username = $1 and a.path like o.path || '%')
        and not exists (select 1 from factory_workers w where w.resident_id = r.id and w.factory_id = $2)
      order by r.id limit 1`,
    [username, factoryId],
  );
  expect(rows, `a resident ${inScope ? 'in' : 'out of'} ${username}'s areas`).toHaveLength(1);
  return rows[0] as { id: number; name: string };
}

describe('joining a factory', () => {
  it('shows the products, their rates and what the owner sees before she confirms, and records her consent', async () => {
    const f = await jinhua();
    const zhang = await resident(t, '13900000001');
    const me = (await t.adminQuery(`select id::int, name from residents where phone = '13900000001'`)).rows[0];
    await t.adminQuery('update factory_workers set left_on = current_date where factory_id = $1 and resident_id = $2', [
      f.id,
      me.id,
    ]);

    const preview = await zhang.get(`/api/v1/piecework/invites/${f.invite_code}`);
    expect(preview.status).toBe(200);
    const rates = (
      await t.adminQuery(
        `select p.name, (select r.rate_e4 from piece_rates r where r.product_id = p.id and r.effective_from <= current_date
                          order by r.effective_from desc limit 1) as rate_e4
           from factory_products p where p.factory_id = $1 and p.active order by p.id`,
        [f.id],
      )
    ).rows;
    expect(rates.length).toBeGreaterThan(0);
    expect(preview.body.products.map((p: { name: string; rateE4: number }) => [p.name, p.rateE4])).toEqual(
      rates.map((r) => [r.name, r.rate_e4]),
    );
    expect(preview.body.sharedFields).toEqual(['name', 'phone_masked']);
    expect(preview.body.ownerWillSee).toEqual({ name: me.name, phoneMasked: '139****0001' });
    expect(preview.body.joined).toBe(false);

    // Without her agreement to share, nothing is joined, and the answer names the field.
    const refused = await zhang.post('/api/v1/piecework/join', { inviteCode: f.invite_code });
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body.error)).toContain('consent');

    const joined = await zhang.post('/api/v1/piecework/join', { inviteCode: f.invite_code, consent: true });
    expect(joined.status).toBe(200);
    expect(joined.body.joined).toBe(true);
    // A resend joins once and records one consent.
    expect((await zhang.post('/api/v1/piecework/join', { inviteCode: f.invite_code, consent: true })).status).toBe(200);
    const consents = await t.adminQuery(
      `select method, scope from consents where resident_id = $1 and purpose = 'factory_join' and granted_at > now() - interval '1 minute'`,
      [me.id],
    );
    expect(consents.rows).toHaveLength(1);
    expect(consents.rows[0]).toMatchObject({
      method: 'in_app',
      scope: { factoryId: f.id, fields: ['name', 'phone_masked'] },
    });
  });
});

describe('代办 for an older resident', () => {
  it('the officer reads her the same preview she would see, of her own name and masked phone, before she agrees', async () => {
    const f = await jinhua();
    const officer = await staff(t, 'fuxing01');
    const her = await residentOf('fuxing01', f.id, true);
    const phone = (await t.adminQuery('select phone from residents where id = $1', [her.id])).rows[0].phone as string;

    const preview = await officer.get(`/api/v1/piecework/assisted/${her.id}/join?factoryId=${f.id}`);
    expect(preview.status, JSON.stringify(preview.body)).toBe(200);
    const own = await resident(t, '13900000001');
    const hers = await own.get(`/api/v1/piecework/invites/${f.invite_code}`);
    // the factory's part is what any resident sees through the invite; the owner will see her, masked
    expect({ ...preview.body, ownerWillSee: null, joined: false }).toEqual({
      ...hers.body,
      ownerWillSee: null,
      joined: false,
    });
    expect(preview.body.ownerWillSee).toEqual({
      name: her.name,
      phoneMasked: `${phone.slice(0, 3)}****${phone.slice(7)}`,
    });
    expect(preview.body.joined).toBe(false);
    // nothing is written by reading it
    expect(
      (await t.adminQuery('select 1 from factory_workers where factory_id = $1 and resident_id = $2', [f.id, her.id]))
        .rows,
    ).toHaveLength(0);

    const other = await residentOf('fuxing01', f.id, false);
    expect((await officer.get(`/api/v1/piecework/assisted/${other.id}/join?factoryId=${f.id}`)).status).toBe(404);
    expect((await officer.get(`/api/v1/piecework/assisted/${her.id}/join`)).status).toBe(400);
    expect((await own.get(`/api/v1/piecework/assisted/${her.id}/join?factoryId=${f.id}`)).status).toBe(403);
  });

  it('an officer of her areas joins her to a factory, with how she agreed recorded', async () => {
    const f = await jinhua();
    const officer = await staff(t, 'fuxing01');
    const her = await residentOf('fuxing01', f.id, true);

    const unwitnessed = await officer.post(`/api/v1/piecework/assisted/${her.id}/join`, {
      factoryId: f.id,
      consentMethod: 'verbal_witnessed',
    });
    expect(unwitnessed.status).toBe(400);
    expect(JSON.stringify(unwitnessed.body.error)).toContain('witness');

    const joined = await officer.post(`/api/v1/piecework/assisted/${her.id}/join`, {
      factoryId: f.id,
      consentMethod: 'verbal_witnessed',
      witness: '网格员李红',
    });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect(joined.body).toMatchObject({ joined: true, ownerWillSee: { name: her.name } });
    const consent = await t.adminQuery(
      `select c.method, c.scope, u.username from consents c join users u on u.id = c.recorded_by_user_id
        where c.resident_id = $1 and c.purpose = 'factory_join'`,
      [her.id],
    );
    expect(consent.rows).toEqual([
      {
        method: 'verbal_witnessed',
        username: 'fuxing01',
        scope: expect.objectContaining({ factoryId: f.id, witness: '网格员李红' }),
      },
    ]);
    const audit = await t.adminQuery(`select after from audit_events where action = 'factory.assisted_join'`);
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({ consentMethod: 'verbal_witnessed', residentId: her.id });

    // Out of the officer's areas, or not an officer: refused without saying whether she exists.
    const other = await residentOf('fuxing01', f.id, false);
    expect(
      (await officer.post(`/api/v1/piecework/assisted/${other.id}/join`, { factoryId: f.id, consentMethod: 'paper' }))
        .status,
    ).toBe(404);
    const owner = await resident(t, '13900000010');
    expect(
      (await owner.post(`/api/v1/piecework/assisted/${her.id}/join`, { factoryId: f.id, consentMethod: 'paper' }))
        .status,
    ).toBe(403);
  });

  it('an officer acknowledges a paid line for her, once, with her agreement recorded', async () => {
    const f = await jinhua();
    const officer = await staff(t, 'fuxing01');
    const { rows } = await t.adminQuery(
      `select l.id::int as line_id, w.resident_id::int
         from settlement_lines l join settlements s on s.id = l.settlement_id join factory_workers w on w.id = l.worker_id
        where s.factory_id = $1 and s.status = 'paid' and l.status = 'open' order by l.id limit 2`,
      [f.id],
    );
    expect(rows).toHaveLength(2);
    const [line, others] = rows as { line_id: number; resident_id: number }[];

    const open = await officer.get(`/api/v1/piecework/assisted/${line!.resident_id}/lines`);
    expect(open.status).toBe(200);
    expect(open.body.items.map((l: { id: number }) => l.id)).toContain(line!.line_id);

    // Someone else's line under her name is not found.
    if (others!.resident_id !== line!.resident_id)
      expect(
        (
          await officer.post(`/api/v1/piecework/assisted/${line!.resident_id}/lines/${others!.line_id}/acknowledge`, {
            consentMethod: 'paper',
          })
        ).status,
      ).toBe(404);

    const url = `/api/v1/piecework/assisted/${line!.resident_id}/lines/${line!.line_id}/acknowledge`;
    const done = await officer.post(url, { consentMethod: 'paper' });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body.status).toBe('acknowledged');
    // A resend is harmless: the same line, no second consent or audit event.
    expect((await officer.post(url, { consentMethod: 'paper' })).body.status).toBe('acknowledged');
    const consents = await t.adminQuery(
      `select method, scope from consents where resident_id = $1 and purpose = 'pay_acknowledgement'`,
      [line!.resident_id],
    );
    expect(consents.rows).toHaveLength(1);
    expect(consents.rows[0]).toMatchObject({ method: 'paper', scope: { lineId: line!.line_id } });
    const audit = await t.adminQuery(
      `select after from audit_events where action = 'settlement_line.assisted_acknowledge' and target_id = $1`,
      [line!.line_id],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({ status: 'acknowledged', consentMethod: 'paper' });
  });
});
