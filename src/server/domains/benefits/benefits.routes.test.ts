import { describe, expect, it } from 'vitest';
import { resident, staff, type Client } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';
import { creditCodeCheckChar } from '../../../shared/validators';
import { businessDay } from '../../../shared/dates';
import { emitDomainEvent } from '../../platform/domain-events';
import { nightlyReevaluation } from './benefits.service';

const t = useTestApp();

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function policyId(code: string): Promise<number> {
  return (await t.adminQuery('select id from benefit_policies where code = $1', [code])).rows[0].id;
}
async function enterpriseId(name: string): Promise<number> {
  return (await t.adminQuery('select id from enterprises where name = $1', [name])).rows[0].id;
}

/** A multipart upload through the same client (session cookie and CSRF token). */
async function upload(c: Client, url: string, material: string, file: Buffer, filename: string) {
  const boundary = '----benefits' + Math.random().toString(16).slice(2);
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="material"\r\n\r\n${material}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  if (!c.csrfToken) await c.refreshCsrf();
  return c.request('POST', url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

describe('policies for me', () => {
  it('shows 陈鹏飞 the startup subsidy for both restaurants and the guarantee loan, with reasons', async () => {
    const chen = await resident(t, '13900000020');
    const res = await chen.get('/api/v1/benefits/for-me');
    expect(res.status).toBe(200);
    const eligible = res.body.items.filter(
      (i: { eligibility: { outcome: string } }) => i.eligibility.outcome === 'eligible',
    );
    const titles = eligible
      .map((i: { policy: { title: string }; subject: { name: string } }) => `${i.policy.title}/${i.subject.name}`)
      .sort();
    // the training subsidy comes from the hours of the SYB course he completed at the 创贷驿站
    expect(titles).toEqual(
      [
        '一次性创业补贴/鹏飞家常菜馆',
        '一次性创业补贴/鹏飞水饺馆',
        '创业担保贷款/陈鹏飞',
        '职业技能培训补贴/陈鹏飞',
      ].sort(),
    );
    const loan = eligible.find((i: { policy: { code: string } }) => i.policy.code === 'guarantee-loan');
    expect(
      loan.eligibility.conditions.map((c: { text: string; outcome: string }) => `${c.text}:${c.outcome}`),
    ).toContain('户籍地以“青岛市”开头:yes');
    expect(res.body.items.some((i: { policy: { code: string } }) => i.policy.code === 'hire-hard-to-employ')).toBe(
      false,
    );
  });

  it('suggests 吸纳就业困难人员社保补贴 to his business after he hires a hard-to-employ resident through the platform', async () => {
    const restaurant = await enterpriseId('鹏飞家常菜馆');
    const hire = (await t.adminQuery(`select r.id from residents r where r.phone = '13900000002'`)).rows[0].id;
    await t.adminQuery(`update residents set labels = array['hard_to_employ'] where id = $1`, [hire]);
    const officer = (await t.adminQuery(`select id from users where username = 'tiejue01'`)).rows[0].id;
    // exactly as a hire does it: the employment and the event in one transaction
    await t.db.transaction().execute(async (trx) => {
      const e = await trx
        .insertInto('employments')
        .values({
          resident_id: hire,
          enterprise_id: restaurant,
          area_id: (
            await trx.selectFrom('enterprises').select('area_id').where('id', '=', restaurant).executeTakeFirstOrThrow()
          ).area_id,
          source: 'platform',
          start_date: '2026-11-01',
          created_by_user_id: officer,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await emitDomainEvent(
        trx,
        'employment.created',
        { employmentId: e.id, residentId: hire, enterpriseId: restaurant, source: 'platform' },
        { actorUserId: officer, now: new Date() },
      );
    });
    const chen = await resident(t, '13900000020');
    const res = await chen.get('/api/v1/benefits/for-me');
    const item = res.body.items.find((i: { policy: { code: string } }) => i.policy.code === 'hire-hard-to-employ');
    expect(item).toMatchObject({
      subject: { name: '鹏飞家常菜馆' },
      eligibility: { outcome: 'eligible' },
      amountFen: 120000,
    });
    expect(item.suggestion.reason).toContain('经平台吸纳困难人员数 ≥ 1');
    const inbox = await chen.get('/api/v1/notifications');
    expect(JSON.stringify(inbox.body)).toContain('鹏飞家常菜馆可申请“吸纳就业困难人员社保补贴”');
    // read in English, the notice says why in English too
    expect((await chen.patch('/api/v1/me/preferences', { locale: 'en' })).status).toBe(200);
    const english = (
      (await chen.get('/api/v1/notifications')).body.items as { kind: string; title: string; body: string }[]
    ).find((n) => n.kind === 'benefits.suggestion' && n.title.startsWith('鹏飞家常菜馆'));
    expect((await chen.patch('/api/v1/me/preferences', { locale: 'zh-CN' })).status).toBe(200);
    expect(english).toMatchObject({
      title: '鹏飞家常菜馆 can apply for “吸纳就业困难人员社保补贴”',
      body: 'Hard-to-employ hires through the platform ≥ 1 (Hard-to-employ hires through the platform: 1)',
    });
  });
});

describe('创业担保贷款 asks for a business of the person’s own', () => {
  it('does not tell a mother with no business that she qualifies for 30万, and says why', async () => {
    const zhang = await resident(t, '13900000001');
    const loan = await policyId('guarantee-loan');
    const mine = (await zhang.get('/api/v1/benefits/for-me')).body.items as {
      policy: { code: string };
      eligibility: { outcome: string };
    }[];
    expect(mine.filter((i) => i.policy.code === 'guarantee-loan')).toEqual([]);
    const zhangId = (await t.adminQuery(`select id from residents where phone = '13900000001'`)).rows[0].id;
    const officer = await staff(t, 'fuxing01');
    const why = await officer.get(`/api/v1/benefits/policies/${loan}/evaluate?residentId=${zhangId}`);
    expect(why.body.outcome).toBe('not_eligible');
    expect(why.body.conditions).toContainEqual(
      expect.objectContaining({ outcome: 'no', actual: '本人创业情况：暂未创业' }),
    );
    // a plan filed at a 创贷驿站 opens it (the officer records it; the answer follows at once)
    const recorded = await officer.put(`/api/v1/benefits/residents/${zhangId}/facts`, { businessStage: 'plan_filed' });
    expect(recorded.status).toBe(200);
    expect(recorded.body.businessStage).toBe('plan_filed');
    const now = await officer.get(`/api/v1/benefits/policies/${loan}/evaluate?residentId=${zhangId}`);
    expect(now.body.outcome).toBe('eligible');
    expect(now.body.conditions).toContainEqual(
      expect.objectContaining({ outcome: 'yes', actual: '本人创业情况：已在创贷驿站提交创业计划' }),
    );
    // the street-wide count reads the same fact (person_facts kept by the trigger)
    const street = await staff(t, 'wangguiling');
    const rule = (await street.get(`/api/v1/benefits/policies/${loan}`)).body.publishedRule;
    const preview = await street.post('/api/v1/benefits/rules/preview', { target: 'person', rule });
    const owners = await t.adminQuery(
      `select count(*)::int n from resident_facts where business_stage in ('registered','registering','plan_filed')`,
    );
    expect(preview.body.eligible).toBeLessThanOrEqual(owners.rows[0].n);
    await officer.put(`/api/v1/benefits/residents/${zhangId}/facts`, { businessStage: 'none' });
    const bad = await officer.put(`/api/v1/benefits/residents/${zhangId}/facts`, { businessStage: 'rich' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe('businessStage');
  });
});

describe('triggers', () => {
  it('suggests the startup subsidy when a business is registered, to its owner', async () => {
    const c = await staff(t, 'fuxing01');
    const area = (await t.adminQuery(`select id from areas where name = '复兴社区B区'`)).rows[0].id;
    const first17 = '92370211MA3X0B001';
    const created = await c.post('/api/v1/enterprises', {
      name: '秀秀手工坊',
      creditCode: first17 + creditCodeCheckChar(first17),
      type: 'individual_business',
      areaId: area,
      ownerName: '宋秀秀',
      ownerPhone: '13900000002',
      establishedOn: '2026-09-15',
    });
    expect(created.status).toBe(201);
    const rows = await t.adminQuery(
      `select p.code, s.trigger, s.reason from benefit_suggestions s join benefit_policies p on p.id = s.policy_id where s.enterprise_id = $1`,
      [created.body.id],
    );
    expect(rows.rows.map((r) => [r.code, r.trigger])).toEqual([['startup-once', 'enterprise']]);
    expect(rows.rows[0].reason).toContain('经营月数 ≥ 1');
  });

  it('re-evaluates residents on their birthday in the nightly job (turning 18 opens the guarantee loan)', async () => {
    const today = businessDay(new Date());
    const [y, m, d] = today.split('-');
    const birth = `${Number(y) - 18}-${m}-${d === '29' && m === '02' ? '28' : d}`;
    const r = (await t.adminQuery(`select id from residents where phone not like '1390000%' order by id limit 1`))
      .rows[0].id;
    await t.adminQuery(`update residents set birth_date = $2, hukou_area = '青岛市黄岛区' where id = $1`, [r, birth]);
    // with a business plan filed at a 创贷驿站, as the loan asks
    await t.adminQuery(
      `insert into resident_facts (resident_id, business_stage) values ($1, 'plan_filed')
       on conflict (resident_id) do update set business_stage = 'plan_filed'`,
      [r],
    );
    await t.adminQuery(`delete from benefit_suggestions where resident_id = $1`, [r]);
    const before = await t.adminQuery(`select count(*)::int n from benefit_suggestions where resident_id = $1`, [r]);
    expect(before.rows[0].n).toBe(0);
    await nightlyReevaluation(t.db, new Date());
    const after = await t.adminQuery(
      `select p.code, s.trigger from benefit_suggestions s join benefit_policies p on p.id = s.policy_id where s.resident_id = $1`,
      [r],
    );
    expect(after.rows).toContainEqual({ code: 'guarantee-loan', trigger: 'birthday' });
    // running again is harmless
    await nightlyReevaluation(t.db, new Date());
    expect(
      (await t.adminQuery(`select count(*)::int n from benefit_suggestions where resident_id = $1`, [r])).rows[0].n,
    ).toBe(after.rows.length);
  });
});

describe('the catalog and the rule builder', () => {
  it('refuses an invalid rule with the path of the bad node', async () => {
    const c = await staff(t, 'wangguiling');
    const res = await c.post('/api/v1/benefits/rules/preview', {
      target: 'enterprise',
      rule: {
        kind: 'all',
        rules: [
          { kind: 'compare', fact: 'employees', op: 'ge', value: 1 },
          { kind: 'hasLabel', label: 'mother' },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].field).toBe('rule.rules.1.label');
  });

  it('previews, publishes a version, and publishes again as a new version', async () => {
    const c = await staff(t, 'wangguiling');
    const rule = {
      kind: 'all',
      rules: [
        { kind: 'compare', fact: 'age', op: 'ge', value: 16 },
        { kind: 'hasLabel', label: 'graduate' },
      ],
    };
    const preview = await c.post('/api/v1/benefits/rules/preview', { target: 'person', rule });
    expect(preview.status).toBe(200);
    const expected = (
      await t.adminQuery(
        `select count(*)::int n from residents where 'graduate' = any(labels) and birth_date <= current_date - interval '16 years'`,
      )
    ).rows[0].n;
    expect(preview.body.eligible).toBe(expected);
    const created = await c.post('/api/v1/benefits/policies', {
      code: 'graduate-training',
      title: '高校毕业生培训补贴',
      category: 'training',
      target: 'person',
      summary: '毕业生参加职业技能培训的给予补贴。',
      benefit: { kind: 'fixed', amountFen: 80000 },
      mode: 'apply',
      rule,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', version: null });
    const v1 = await c.post(`/api/v1/benefits/policies/${created.body.id}/publish`);
    expect(v1.body).toMatchObject({ status: 'published', version: 1 });
    await c.patch(`/api/v1/benefits/policies/${created.body.id}`, { rule: { kind: 'hasLabel', label: 'graduate' } });
    const v2 = await c.post(`/api/v1/benefits/policies/${created.body.id}/publish`);
    expect(v2.body.version).toBe(2);
    const versions = await c.get(`/api/v1/benefits/policies/${created.body.id}/versions`);
    expect(versions.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.body.items[1].eligibleCount).toBe(expected);
    // a partial edit changes only what it names
    const seeded = await policyId('micro-enterprise-startup');
    const edited = await c.patch(`/api/v1/benefits/policies/${seeded}`, { legalBasis: '新的政策依据' });
    expect(edited.body).toMatchObject({
      legalBasis: '新的政策依据',
      materials: ['营业执照', '员工花名册', '社保缴费凭证'],
      validFrom: '2026-01-01',
    });
    // a community officer reads the catalog but may not edit it
    const community = await staff(t, 'tiejue01');
    expect((await community.patch(`/api/v1/benefits/policies/${created.body.id}`, { title: '改名' })).status).toBe(403);
  });
});

describe('withdrawing a policy', () => {
  it('takes it off residents’ lists and refuses new applications; publishing again brings it back as a new version', async () => {
    const street = await staff(t, 'wangguiling');
    const created = await street.post('/api/v1/benefits/policies', {
      code: 'adult-skills-voucher',
      title: '成年居民技能券',
      category: 'training',
      target: 'person',
      summary: '年满16周岁的居民可领取一次技能培训券。',
      benefit: { kind: 'fixed', amountFen: 20000 },
      mode: 'apply',
      rule: { kind: 'compare', fact: 'age', op: 'ge', value: 16 },
    });
    const id = created.body.id;
    expect((await street.post(`/api/v1/benefits/policies/${id}/withdraw`)).body.error.code).toBe(
      'POLICY_NOT_PUBLISHED',
    );
    await street.post(`/api/v1/benefits/policies/${id}/publish`);
    const chen = await resident(t, '13900000020');
    const listed = async () =>
      (await chen.get('/api/v1/benefits/for-me')).body.items.some(
        (i: { policy: { id: number } }) => i.policy.id === id,
      );
    expect(await listed()).toBe(true);

    expect((await (await staff(t, 'tiejue01')).post(`/api/v1/benefits/policies/${id}/withdraw`)).status).toBe(403);
    const withdrawn = await street.post(`/api/v1/benefits/policies/${id}/withdraw`);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', version: 1 });
    expect(await listed()).toBe(false);
    const refused = await chen.post('/api/v1/benefits/applications', {
      policyId: id,
      residentId: (await t.adminQuery(`select id from residents where phone = '13900000020'`)).rows[0].id,
    });
    // To a resident a withdrawn policy is no longer there at all.
    expect({ status: refused.status, code: refused.body.error.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    const audit = await t.adminQuery(
      `select after from audit_events where action = 'benefit_policy.withdraw' and target_id = $1`,
      [String(id)],
    );
    expect(audit.rows).toEqual([{ after: { status: 'withdrawn' } }]);

    expect((await street.post(`/api/v1/benefits/policies/${id}/publish`)).body).toMatchObject({
      status: 'published',
      version: 2,
    });
    expect(await listed()).toBe(true);
  });
});

describe('an application through both reviews', () => {
  it('walks 陈鹏飞 from applying to paid, refusing self-review, outsiders and a second approval', async () => {
    const chen = await resident(t, '13900000020');
    const policy = await policyId('startup-once');
    const shop = await enterpriseId('鹏飞水饺馆');
    const applied = await chen.post('/api/v1/benefits/applications', { policyId: policy, enterpriseId: shop });
    expect(applied.status).toBe(201);
    expect(applied.body).toMatchObject({
      status: 'submitted',
      subject: { name: '鹏飞水饺馆' },
      suggestedAmountFen: 1200000,
    });
    expect(applied.body.snapshot.eligibility.outcome).toBe('eligible');
    const id = applied.body.id;
    expect(
      (await chen.post('/api/v1/benefits/applications', { policyId: policy, enterpriseId: shop })).body.error.code,
    ).toBe('DUPLICATE_APPLICATION');

    const bad = await upload(
      chen,
      `/api/v1/benefits/applications/${id}/materials`,
      '营业执照',
      Buffer.from('not a picture'),
      'a.txt',
    );
    expect(bad.status).toBe(400);
    // a multipart field's text meets the same rule as a JSON body's: no NUL reaches the database
    for (const [material, filename, field] of [
      ['营业\u0000执照', 'licence.png', 'material'],
      ['营业执照', 'lic\u0000ence.png', 'file'],
    ]) {
      const nul = await upload(chen, `/api/v1/benefits/applications/${id}/materials`, material!, PNG, filename!);
      expect(nul.status, field).toBe(400);
      expect(nul.body.error.details[0].field).toBe(field);
    }
    const ok = await upload(chen, `/api/v1/benefits/applications/${id}/materials`, '营业执照', PNG, 'licence.png');
    expect(ok.status).toBe(200);
    expect(ok.body.materials).toMatchObject([{ material: '营业执照', mime: 'image/png' }]);
    // the applicant and the reviewing community open the file; the officer's opening is audited; another community gets 404
    const file = `/api/v1/benefits/applications/${id}/materials/${ok.body.materials[0].id}`;
    const own = await chen.get(file);
    expect(own.status).toBe(200);
    expect(own.headers['content-type']).toBe('image/png');
    expect(Number(own.headers['content-length'])).toBe(PNG.length);
    expect((await (await staff(t, 'tiejue01')).get(file)).status).toBe(200);
    expect((await (await staff(t, 'fuxing01')).get(file)).status).toBe(404);
    const opened = await t.adminQuery(
      `select actor_name from audit_events where action = 'benefit.material_open' and target_id = $1`,
      [String(id)],
    );
    expect(opened.rows).toHaveLength(1);

    // outsiders: another community's officer and another resident see nothing
    expect((await (await staff(t, 'fuxing01')).get(`/api/v1/benefits/applications/${id}`)).status).toBe(404);
    expect((await (await resident(t, '13900000001')).get(`/api/v1/benefits/applications/${id}`)).status).toBe(404);
    // the street may not skip the community review
    const street = await staff(t, 'wangguiling');
    expect(
      (await street.post(`/api/v1/benefits/applications/${id}/actions`, { action: 'street_approve' })).body.error.code,
    ).toBe('INVALID_TRANSITION');

    const community = await staff(t, 'tiejue01');
    // two of the three required materials are still missing: the review sees it and may not approve
    const review = await community.get(`/api/v1/benefits/applications/${id}`);
    expect(review.body.missingMaterials).toEqual(['经营者身份证', '经营场所证明']);
    const early = await community.post(`/api/v1/benefits/applications/${id}/actions`, { action: 'community_approve' });
    expect({ status: early.status, code: early.body.error.code }).toEqual({ status: 409, code: 'APPROVAL_BLOCKED' });
    expect(early.body.error.message).toContain('缺少材料：经营者身份证、经营场所证明');
    for (const [material, name] of [
      ['经营者身份证', 'id.png'],
      ['经营场所证明', 'lease.png'],
    ])
      expect((await upload(chen, `/api/v1/benefits/applications/${id}/materials`, material!, PNG, name!)).status).toBe(
        200,
      );
    const first = await community.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'community_approve',
      note: '材料齐全',
    });
    expect(first.body.status).toBe('community_approved');
    const approved = await street.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'street_approve',
      amountFen: 1200000,
    });
    expect(approved.body).toMatchObject({ status: 'approved', amountFen: 1200000 });
    const twice = await street.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'street_approve',
      amountFen: 1200000,
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('INVALID_TRANSITION');

    const batch = await street.post('/api/v1/benefits/batches', { kind: 'applications', applicationIds: [id] });
    expect(batch.status).toBe(201);
    const mine = await chen.get(`/api/v1/benefits/applications/${id}`);
    expect(mine.body.status).toBe('disbursed');
    expect(mine.body.events.map((e: { action: string; actorName: string }) => `${e.action}:${e.actorName}`)).toEqual([
      'submit:陈鹏飞',
      'community_approve:赵明辉',
      'street_approve:王桂玲',
      'disburse:王桂玲',
    ]);
    const award = await t.adminQuery('select amount_fen from benefit_awards where application_id = $1', [id]);
    expect(award.rows).toEqual([{ amount_fen: 1200000 }]);
    const audit = await t.adminQuery(
      `select action from audit_events where target_type = 'benefit_application' and target_id = $1 order by id`,
      [String(id)],
    );
    expect(audit.rows.map((r) => r.action)).toEqual([
      'benefit_application.submit',
      'benefit_application.material',
      'benefit.material_open',
      'benefit_application.material',
      'benefit_application.material',
      'benefit_application.community_approve',
      'benefit_application.street_approve',
    ]);
  });

  it('never lets the officer who applied for someone review it, in the service and in the database', async () => {
    const street = await staff(t, 'wangguiling');
    const policy = await policyId('guarantee-loan');
    const li = (await t.adminQuery(`select id from residents where phone = '13900000030'`)).rows[0].id;
    // an officer filing for a resident records how the resident agreed
    const noConsent = await street.post('/api/v1/benefits/applications', { policyId: policy, residentId: li });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.error.details[0].field).toBe('consent');
    const noWitness = await street.post('/api/v1/benefits/applications', {
      policyId: policy,
      residentId: li,
      consent: { consentMethod: 'verbal_witnessed' },
    });
    expect(noWitness.body.error.details[0].field).toBe('consent.witness');
    const applied = await street.post('/api/v1/benefits/applications', {
      policyId: policy,
      residentId: li,
      note: '代办',
      consent: { consentMethod: 'paper' },
    });
    expect(applied.status).toBe(201);
    const consent = await t.adminQuery(
      `select c.purpose, c.method, c.scope->>'policyTitle' as policy from consents c join benefit_applications a on a.consent_id = c.id where a.id = $1`,
      [applied.body.id],
    );
    expect(consent.rows).toEqual([{ purpose: 'benefit_application', method: 'paper', policy: '创业担保贷款' }]);
    expect(applied.body.onBehalf).toBe(true);
    const id = applied.body.id;
    expect(
      (
        await (
          await staff(t, 'wanggezhuang01')
        ).post(`/api/v1/benefits/applications/${id}/actions`, {
          action: 'community_approve',
          overrideReason: '材料已线下核验',
        })
      ).status,
    ).toBe(200);
    const self = await street.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'street_approve',
      overrideReason: '材料已线下核验',
    });
    expect(self.status).toBe(403);
    expect(self.body.error.code).toBe('SELF_REVIEW');
    await expect(
      t.adminQuery(
        `update benefit_applications set status = 'approved', street_reviewer_user_id = submitted_by_user_id, amount_fen = 1 where id = $1`,
        [id],
      ),
    ).rejects.toThrow(/check constraint/);
  });

  it('refuses an approval while eligibility was not settled, unless a written override reason is given (audited)', async () => {
    const street = await staff(t, 'wangguiling');
    // a mother whose youngest child's date of birth is not recorded: her answer is unknown, she may still apply
    const createdPolicy = await street.post('/api/v1/benefits/policies', {
      code: 'mother-training-card',
      title: '宝妈技能培训卡',
      category: 'training',
      target: 'person',
      summary: '最小子女未满6周岁的宝妈可申请。',
      benefit: { kind: 'fixed', amountFen: 50000 },
      mode: 'apply',
      materials: [],
      rule: {
        kind: 'all',
        rules: [
          { kind: 'hasLabel', label: 'mother' },
          { kind: 'compare', fact: 'youngest_child_age', op: 'lt', value: 6 },
        ],
      },
    });
    expect(createdPolicy.status).toBe(201);
    await street.post(`/api/v1/benefits/policies/${createdPolicy.body.id}/publish`);
    const song = (await t.adminQuery(`select id from residents where phone = '13900000002'`)).rows[0].id;
    await t.adminQuery(`update residents set labels = array['mother'] where id = $1`, [song]);
    await t.adminQuery(`delete from resident_facts where resident_id = $1`, [song]);
    const fuxing = await staff(t, 'fuxing01');
    const applied = await (
      await resident(t, '13900000002')
    ).post('/api/v1/benefits/applications', { policyId: createdPolicy.body.id });
    expect(applied.status).toBe(201);
    const id = applied.body.id;
    const seen = await fuxing.get(`/api/v1/benefits/applications/${id}`);
    expect(seen.body.missingMaterials).toEqual([]);
    expect(seen.body.approvalBlockers).toEqual([
      { kind: 'not_eligible', text: '申请时资格未能确定（缺少：最小子女出生日期）' },
    ]);
    const refused = await fuxing.post(`/api/v1/benefits/applications/${id}/actions`, { action: 'community_approve' });
    expect({ status: refused.status, code: refused.body.error.code }).toEqual({
      status: 409,
      code: 'APPROVAL_BLOCKED',
    });
    // an override reason must say something
    const blank = await fuxing.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'community_approve',
      overrideReason: ' ',
    });
    expect(blank.status).toBe(400);
    expect(blank.body.error.details[0].field).toBe('overrideReason');
    const ok = await fuxing.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'community_approve',
      overrideReason: '已查验出生证明，子女2岁',
    });
    expect(ok.body.status).toBe('community_approved');
    const audit = await t.adminQuery(
      `select after from audit_events where action = 'benefit_application.community_approve' and target_id = $1`,
      [String(id)],
    );
    expect(audit.rows[0].after.override).toEqual({ reason: '已查验出生证明，子女2岁', blockers: ['not_eligible'] });
    expect(ok.body.events.at(-1).note).toContain('已查验出生证明，子女2岁');
  });

  it('lets the street take the community review when the community’s only officer filed it, and then not the street review too', async () => {
    const tiejue = await staff(t, 'tiejue01');
    const chen = (await t.adminQuery(`select id from residents where phone = '13900000020'`)).rows[0].id;
    const applied = await tiejue.post('/api/v1/benefits/applications', {
      policyId: await policyId('guarantee-loan'),
      residentId: chen,
      note: '代办：本人到社区口头申请',
      consent: { consentMethod: 'verbal_witnessed', witness: '邵文静' },
    });
    expect(applied.status).toBe(201);
    const id = applied.body.id;
    const overrideReason = '原件已在社区查验';
    // the filer may not review it
    const self = await tiejue.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'community_approve',
      overrideReason,
    });
    expect({ status: self.status, code: self.body.error.code }).toEqual({ status: 403, code: 'SELF_REVIEW' });
    // the street hears that the review is theirs, and may take it
    const wang = await staff(t, 'wangguiling');
    const inbox = await wang.get('/api/v1/notifications');
    expect(JSON.stringify(inbox.body)).toContain(`/staff/benefits/reviews/${id}`);
    expect((await wang.get(`/api/v1/benefits/applications/${id}`)).body.actions).toEqual([
      'community_approve',
      'return',
      'reject',
    ]);
    // not while another community officer there could take it
    const second = await t.adminQuery(
      `insert into users (kind, username, display_name, role, password_hash) values ('staff', 'tiejue02', '第二专员', 'community_officer', 'x') returning id`,
    );
    await t.adminQuery(
      `insert into user_areas (user_id, area_id) select $1, area_id from user_areas ua join users u on u.id = ua.user_id where u.username = 'tiejue01'`,
      [second.rows[0].id],
    );
    const notYours = await wang.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'community_approve',
      overrideReason,
    });
    expect({ status: notYours.status, code: notYours.body.error.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
    await t.adminQuery(`update users set active = false where id = $1`, [second.rows[0].id]);
    const taken = await wang.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'community_approve',
      overrideReason,
    });
    expect(taken.status).toBe(200);
    expect(taken.body.status).toBe('community_approved');
    // the same officer never takes both reviews: in the service and in the database
    expect((await wang.get(`/api/v1/benefits/applications/${id}`)).body.actions).toEqual([]);
    const both = await wang.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'street_approve',
      overrideReason,
    });
    expect({ status: both.status, code: both.body.error.code }).toEqual({ status: 403, code: 'SAME_REVIEWER' });
    await expect(
      t.adminQuery(
        `update benefit_applications set status = 'approved', street_reviewer_user_id = community_reviewer_user_id, amount_fen = 1 where id = $1`,
        [id],
      ),
    ).rejects.toThrow(/check constraint/);
    const liu = await staff(t, 'liuyan');
    const approved = await liu.post(`/api/v1/benefits/applications/${id}/actions`, {
      action: 'street_approve',
      overrideReason,
    });
    expect(approved.body.status).toBe('approved');
  });

  it('returns for more material and takes it back; a rejection needs a reason', async () => {
    const li = await resident(t, '13900000030');
    const apps = await li.get('/api/v1/benefits/applications');
    const studio = apps.body.items.find((a: { subject: { name: string } }) => a.subject.name === '王戈庄兵武馆');
    expect(studio.status).toBe('community_approved');
    const street = await staff(t, 'wangguiling');
    expect((await street.post(`/api/v1/benefits/applications/${studio.id}/actions`, { action: 'reject' })).status).toBe(
      400,
    );
    const returned = await street.post(`/api/v1/benefits/applications/${studio.id}/actions`, {
      action: 'return',
      reason: '请补充场地照片',
    });
    expect(returned.body).toMatchObject({ status: 'returned', reason: '请补充场地照片' });
    const mine = await li.get(`/api/v1/benefits/applications/${studio.id}`);
    expect(mine.body.actions).toEqual(['resubmit']);
    expect(mine.body.canUpload).toBe(true);
    const again = await li.post(`/api/v1/benefits/applications/${studio.id}/actions`, {
      action: 'resubmit',
      note: '已补充',
    });
    expect(again.body.status).toBe('submitted');
    // a resident cannot review
    expect(
      (await li.post(`/api/v1/benefits/applications/${studio.id}/actions`, { action: 'community_approve' })).status,
    ).toBe(403);
  });
});

describe('outreach campaigns and 免申即享', () => {
  it('runs a policy over the street, splits it by community, and logs a door visit into the funnel', async () => {
    const street = await staff(t, 'wangguiling');
    const policy = await policyId('flexible-insurance');
    const run = await street.post('/api/v1/benefits/campaigns', { policyId: policy, sendSms: true });
    expect(run.status).toBe(201);
    const f = run.body.funnel;
    expect(f.qualified + f.unknown).toBeGreaterThan(0);
    expect(f.notified).toBe(f.qualified);
    expect(f.visited).toBe(0);
    const counts = await t.adminQuery(
      `select kind, count(*)::int n from benefit_campaign_targets where campaign_id = $1 group by kind`,
      [run.body.id],
    );
    const byKind = Object.fromEntries(counts.rows.map((r) => [r.kind, r.n]));
    expect({ q: byKind.visit ?? 0, u: byKind.collect_data ?? 0 }).toEqual({ q: f.qualified, u: f.unknown });
    const sms = await t.adminQuery(`select count(*)::int n from sms_outbox where template = 'benefit_outreach'`);
    expect(sms.rows[0].n).toBe(f.qualified);

    const fuxing = await staff(t, 'fuxing01');
    const tasks = await fuxing.get(`/api/v1/benefits/tasks?campaignId=${run.body.id}&pageSize=100`);
    expect(tasks.body.items.length).toBeGreaterThan(0);
    expect(tasks.body.items.every((x: { communityName: string }) => x.communityName === '复兴社区')).toBe(true);
    const collect = tasks.body.items.find((x: { kind: string }) => x.kind === 'collect_data');
    if (collect) expect(collect.missing.length).toBeGreaterThan(0);
    const task = tasks.body.items[0];
    // another community's officer cannot log it
    expect(
      (await (await staff(t, 'tiejue01')).post(`/api/v1/benefits/tasks/${task.id}/visits`, { outcome: 'interested' }))
        .status,
    ).toBe(404);
    const visit = await fuxing.post(`/api/v1/benefits/tasks/${task.id}/visits`, {
      outcome: 'interested',
      note: '已上门讲解',
    });
    expect(visit.status).toBe(200);
    expect(visit.body.visits).toMatchObject([{ outcome: 'interested', officer: '孙海燕' }]);
    const after = await street.get(`/api/v1/benefits/campaigns/${run.body.id}`);
    expect(after.body.funnel.visited).toBe(1);
    expect(after.body.byCommunity.find((c: { communityName: string }) => c.communityName === '复兴社区').visited).toBe(
      1,
    );
  });

  it('turns a collect-data visit into an answer: the missing child birth date is recorded and the mother qualifies', async () => {
    const street = await staff(t, 'wangguiling');
    const policy = await policyId('flexible-insurance');
    const mother = (
      await t.adminQuery(
        `select r.id from residents r join users u on u.resident_id = r.id where r.phone = '13900000002'`,
      )
    ).rows[0].id;
    await t.adminQuery(`update residents set labels = array['mother'] where id = $1`, [mother]);
    await t.adminQuery(`delete from resident_facts where resident_id = $1`, [mother]);
    const before = await street.get(`/api/v1/benefits/policies/${policy}/evaluate?residentId=${mother}`);
    expect(before.body).toMatchObject({ outcome: 'unknown', missing: ['最小子女出生日期'] });
    const run = await street.post('/api/v1/benefits/campaigns', { policyId: policy, sendSms: false });
    const fuxing = await staff(t, 'fuxing01');
    const tasks = await fuxing.get(`/api/v1/benefits/tasks?campaignId=${run.body.id}&pageSize=100`);
    const task = tasks.body.items.find((x: { subject: { id: number } }) => x.subject.id === mother);
    expect(task).toMatchObject({ kind: 'collect_data', missing: ['最小子女出生日期'] });
    const future = await fuxing.post(`/api/v1/benefits/tasks/${task.id}/visits`, {
      outcome: 'data_collected',
      facts: { youngestChildBirthDate: '2999-01-01' },
    });
    expect(future.status).toBe(400);
    const logged = await fuxing.post(`/api/v1/benefits/tasks/${task.id}/visits`, {
      outcome: 'data_collected',
      note: '查验户口簿',
      facts: { youngestChildBirthDate: '2025-06-01' },
    });
    expect(logged.status).toBe(200);
    const after = await street.get(`/api/v1/benefits/policies/${policy}/evaluate?residentId=${mother}`);
    expect(after.body.outcome).toBe('eligible');
    const audit = await t.adminQuery(
      `select action from audit_events where target_type = 'resident' and target_id = $1 and action = 'resident_facts.record'`,
      [String(mother)],
    );
    expect(audit.rows.length).toBe(1);
    // an officer of another community cannot record facts for her
    expect(
      (
        await (
          await staff(t, 'tiejue01')
        ).put(`/api/v1/benefits/residents/${mother}/facts`, { youngestChildBirthDate: '2025-06-01' })
      ).status,
    ).toBe(404);
  });

  it('opens an application on the spot from a door visit, with consent, and closes the task; tasks of people who applied close themselves', async () => {
    const street = await staff(t, 'wangguiling');
    const policy = await policyId('startup-once');
    const run = await street.post('/api/v1/benefits/campaigns', { policyId: policy, sendSms: false });
    expect(run.status).toBe(201);
    const openTasks = async (c: Client) =>
      (await c.get(`/api/v1/benefits/tasks?campaignId=${run.body.id}&open=true&pageSize=100`)).body.items as {
        id: number;
        kind: string;
        subject: { id: number; kind: string; name: string };
        communityName: string;
      }[];
    const all = (await street.get(`/api/v1/benefits/tasks?campaignId=${run.body.id}&pageSize=100`)).body.items;
    const visits = all.filter((x: { kind: string }) => x.kind === 'visit');
    expect(visits.length).toBeGreaterThanOrEqual(2);
    const [onSite, elsewhere] = visits as {
      id: number;
      subject: { id: number; kind: string };
      communityName: string;
    }[];
    const officer = await staff(t, 'wangguiling');
    // 现场代办申请 needs the consent
    const bare = await officer.post(`/api/v1/benefits/tasks/${onSite!.id}/visits`, { outcome: 'applied_on_site' });
    expect(bare.status).toBe(400);
    expect(bare.body.error.details[0].field).toBe('consent');
    const logged = await officer.post(`/api/v1/benefits/tasks/${onSite!.id}/visits`, {
      outcome: 'applied_on_site',
      note: '上门讲解后当场代为申请',
      consent: { consentMethod: 'paper' },
    });
    expect(logged.status).toBe(200);
    expect(logged.body).toMatchObject({ applicationStatus: 'submitted', closedBy: 'applied' });
    const app = await street.get(`/api/v1/benefits/applications/${logged.body.applicationId}`);
    expect(app.body).toMatchObject({ onBehalf: true, submittedBy: '王桂玲', status: 'submitted' });
    const visitRow = await t.adminQuery(`select application_id from benefit_visits where target_id = $1`, [onSite!.id]);
    expect(visitRow.rows).toEqual([{ application_id: logged.body.applicationId }]);
    // the other subject applies by themselves (here: the officer files for the enterprise): their task closes too
    const filed = await street.post('/api/v1/benefits/applications', {
      policyId: policy,
      ...(elsewhere!.subject.kind === 'person'
        ? { residentId: elsewhere!.subject.id, consent: { consentMethod: 'paper' } }
        : { enterpriseId: elsewhere!.subject.id }),
    });
    expect(filed.status).toBe(201);
    const stillOpen = (await openTasks(street)).map((x) => x.id);
    expect(stillOpen).not.toContain(onSite!.id);
    expect(stillOpen).not.toContain(elsewhere!.id);
    const closed = (await street.get(`/api/v1/benefits/tasks?campaignId=${run.body.id}&open=false&pageSize=100`)).body
      .items as { id: number; closedBy: string }[];
    expect(closed.find((x) => x.id === elsewhere!.id)?.closedBy).toBe('applied');
    // the funnel counts each once: the on-site one visited and applied, the other applied
    const funnel = (await street.get(`/api/v1/benefits/campaigns/${run.body.id}`)).body.funnel;
    expect(funnel).toMatchObject({ visited: 1, applied: 2 });
  });

  it('shows the seeded finished campaign with its funnel', async () => {
    const street = await staff(t, 'wangguiling');
    const list = await street.get('/api/v1/benefits/campaigns');
    const done = list.body.items.find((c: { status: string }) => c.status === 'closed');
    expect(done.policyTitle).toBe('一次性创业补贴');
    expect(done.funnel.visited).toBe(done.funnel.qualified);
    expect(done.funnel.awarded).toBeGreaterThanOrEqual(1);
    expect(done.funnel.applied).toBeGreaterThanOrEqual(done.funnel.awarded);
  });

  it('prepares a 免申即享 batch for review, leaves one out with a reason, and needs a second officer to confirm it', async () => {
    const street = await staff(t, 'wangguiling');
    const policy = await policyId('flexible-insurance');
    const campaign = (await street.post('/api/v1/benefits/campaigns', { policyId: policy, sendSms: false })).body;
    const preview = await street.get(`/api/v1/benefits/policies/${policy}/automatic-preview`);
    expect(preview.status).toBe(200);
    expect(preview.body.count).toBeGreaterThan(1);
    expect(preview.body.totalFen).toBe(preview.body.count * 150000);
    const prepared = await street.post('/api/v1/benefits/batches', { kind: 'automatic', policyId: policy });
    expect(prepared.status).toBe(201);
    const id = prepared.body.id;
    // preparing pays nobody yet; preparing again returns the same batch
    expect((await t.adminQuery('select count(*)::int n from benefit_awards where batch_id = $1', [id])).rows[0].n).toBe(
      0,
    );
    expect((await street.post('/api/v1/benefits/batches', { kind: 'automatic', policyId: policy })).body.id).toBe(id);

    // every recipient: masked name, community, amount, the rule version and the reasons
    const batch = await street.get(`/api/v1/benefits/batches/${id}`);
    expect(batch.status).toBe(200);
    expect(batch.body).toMatchObject({
      status: 'prepared',
      policyTitle: '灵活就业人员社保补贴',
      policyVersion: 1,
      count: preview.body.count,
      totalFen: preview.body.totalFen,
      preparedBy: '王桂玲',
      confirmedBy: null,
      canExclude: true,
      canConfirm: false,
    });
    expect(batch.body.recipients).toHaveLength(preview.body.count);
    const first = batch.body.recipients[0];
    expect(first.subject.name).toMatch(/^.\*{1,2}$/);
    expect(first.communityName).toMatch(/社区$/);
    expect(first).toMatchObject({ amountFen: 150000, state: 'pending', excluded: null });
    expect(first.eligibility).toMatchObject({ outcome: 'eligible', version: 1 });
    expect(first.eligibility.conditions.length).toBeGreaterThan(1);
    // the names never leave the server whole
    const names = (
      await t.adminQuery(`select name from residents where id = any($1)`, [
        batch.body.recipients.map((r: { subject: { id: number } }) => r.subject.id),
      ])
    ).rows.map((r) => r.name as string);
    for (const name of names) expect(JSON.stringify(batch.body)).not.toContain(name);

    // leave one out with a reason: the total follows, the exclusion is audited
    const url = `/api/v1/benefits/batches/${id}/recipients/${first.id}/exclude`;
    const noReason = await street.post(url, { exclusionReason: '' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe('exclusionReason');
    const excluded = await street.post(url, { exclusionReason: '已在原单位参保，不重复补贴' });
    expect(excluded.status).toBe(200);
    expect(excluded.body).toMatchObject({
      count: preview.body.count - 1,
      totalFen: preview.body.totalFen - 150000,
    });
    expect(excluded.body.recipients.find((r: { id: number }) => r.id === first.id)).toMatchObject({
      state: 'excluded',
      excluded: { reason: '已在原单位参保，不重复补贴', by: '王桂玲' },
    });
    // a retried exclusion changes nothing
    expect((await street.post(url, { exclusionReason: '已在原单位参保，不重复补贴' })).body.count).toBe(
      preview.body.count - 1,
    );
    const audit = await t.adminQuery(
      `select after from audit_events where action = 'benefit_batch.exclude' and target_id = $1`,
      [String(id)],
    );
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0].after).toMatchObject({ itemId: first.id, reason: '已在原单位参保，不重复补贴' });

    // the maker never checks: in the service and in the database
    const self = await street.post(`/api/v1/benefits/batches/${id}/confirm`);
    expect({ status: self.status, code: self.body.error.code }).toEqual({ status: 403, code: 'BATCH_SELF_CONFIRM' });
    await expect(
      t.adminQuery(
        `update benefit_payment_batches set status = 'confirmed', confirmed_by_user_id = prepared_by_user_id, confirmed_at = now() where id = $1`,
        [id],
      ),
    ).rejects.toThrow(/check constraint/);
    // a community officer may not confirm, and another street sees nothing
    expect((await (await staff(t, 'fuxing01')).post(`/api/v1/benefits/batches/${id}/confirm`)).status).toBe(403);

    const liu = await staff(t, 'liuyan');
    const inbox = await liu.get('/api/v1/notifications');
    expect(JSON.stringify(inbox.body)).toContain('待确认发放：灵活就业人员社保补贴');
    expect((await liu.get(`/api/v1/benefits/batches/${id}`)).body.canConfirm).toBe(true);
    const confirmed = await liu.post(`/api/v1/benefits/batches/${id}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({
      status: 'confirmed',
      confirmedBy: '刘燕',
      count: preview.body.count - 1,
      canExclude: false,
      canConfirm: false,
    });
    const states = confirmed.body.recipients.map((r: { state: string }) => r.state).sort();
    expect(states.filter((x: string) => x === 'granted')).toHaveLength(preview.body.count - 1);
    expect(states.filter((x: string) => x === 'excluded')).toHaveLength(1);
    const awards = await t.adminQuery(
      'select count(*)::int n, sum(amount_fen)::int total from benefit_awards where batch_id = $1',
      [id],
    );
    expect(awards.rows[0]).toEqual({ n: preview.body.count - 1, total: preview.body.totalFen - 150000 });
    expect(
      (await t.adminQuery(`select count(*)::int n from benefit_awards where resident_id = $1`, [first.subject.id]))
        .rows[0].n,
    ).toBe(0);
    // the door-visit tasks of those granted close themselves
    const granted = new Set(
      confirmed.body.recipients
        .filter((r: { state: string }) => r.state === 'granted')
        .map((r: { subject: { id: number } }) => r.subject.id),
    );
    const openTasks = (await street.get(`/api/v1/benefits/tasks?campaignId=${campaign.id}&open=true&pageSize=100`)).body
      .items as { subject: { id: number } }[];
    expect(openTasks.filter((x) => granted.has(x.subject.id))).toEqual([]);
    const doneTasks = (await street.get(`/api/v1/benefits/tasks?campaignId=${campaign.id}&open=false&pageSize=100`))
      .body.items as { subject: { id: number }; closedBy: string }[];
    expect(doneTasks.filter((x) => granted.has(x.subject.id)).every((x) => x.closedBy === 'awarded')).toBe(true);
    expect(doneTasks.some((x) => granted.has(x.subject.id))).toBe(true);
    // confirmed once; the list changes no more
    expect((await liu.post(`/api/v1/benefits/batches/${id}/confirm`)).body.error.code).toBe('BATCH_CONFIRMED');
    expect((await street.post(url, { exclusionReason: '改主意' })).body.error.code).toBe('BATCH_CONFIRMED');
    // the history names the policy, the maker and the checker
    const list = await street.get('/api/v1/benefits/batches');
    expect(list.body.items.find((b: { id: number }) => b.id === id)).toMatchObject({
      policyTitle: '灵活就业人员社保补贴',
      preparedBy: '王桂玲',
      confirmedBy: '刘燕',
    });
    // an application batch names the policy of the applications it paid
    expect(list.body.items.find((b: { kind: string }) => b.kind === 'applications').policyTitle).toBe('一次性创业补贴');
    // the one left out is found again by the next batch; everyone else is paid once
    const again = await street.post('/api/v1/benefits/batches', { kind: 'automatic', policyId: policy });
    expect(again.status).toBe(201);
    expect(
      (await street.get(`/api/v1/benefits/batches/${again.body.id}`)).body.recipients.map(
        (r: { subject: { id: number } }) => r.subject.id,
      ),
    ).toEqual([first.subject.id]);
    // an application-mode policy cannot be paid without applications
    expect(
      (await street.post('/api/v1/benefits/batches', { kind: 'automatic', policyId: await policyId('startup-once') }))
        .body.error.code,
    ).toBe('POLICY_NOT_AUTOMATIC');
    // and a 免申即享 policy takes no application
    const zhang = await resident(t, '13900000001');
    expect((await zhang.post('/api/v1/benefits/applications', { policyId: policy })).body.error.code).toBe(
      'POLICY_AUTOMATIC',
    );
  });

  it('opens a confirmed application batch to its recipients and their payment state', async () => {
    const street = await staff(t, 'wangguiling');
    const list = await street.get('/api/v1/benefits/batches');
    const paid = list.body.items.find((b: { kind: string }) => b.kind === 'applications');
    const detail = await street.get(`/api/v1/benefits/batches/${paid.id}`);
    expect(detail.body.recipients.length).toBeGreaterThan(0);
    expect(detail.body.recipients[0]).toMatchObject({ state: 'paid', eligibility: { outcome: 'eligible' } });
    expect((await (await staff(t, 'fuxing01')).get(`/api/v1/benefits/batches/${paid.id}`)).status).toBe(403);
    expect((await (await resident(t, '13900000020')).get(`/api/v1/benefits/batches/${paid.id}`)).status).toBe(403);
  });

  it('answers 404 for a subject outside the officer’s community', async () => {
    const fuxing = await staff(t, 'fuxing01');
    const chen = (await t.adminQuery(`select id from residents where phone = '13900000020'`)).rows[0].id;
    expect(
      (await fuxing.get(`/api/v1/benefits/policies/${await policyId('guarantee-loan')}/evaluate?residentId=${chen}`))
        .status,
    ).toBe(404);
    const tiejue = await staff(t, 'tiejue01');
    const ok = await tiejue.get(
      `/api/v1/benefits/policies/${await policyId('guarantee-loan')}/evaluate?residentId=${chen}`,
    );
    expect(ok.body.outcome).toBe('eligible');
    // the officer's read of his reasons is a reveal, in the audit log; the refused read left none
    const reads = await t.adminQuery(
      `select actor_name from audit_events where action = 'benefit.evaluate_person' and target_id = $1`,
      [String(chen)],
    );
    expect(reads.rows.map((r) => r.actor_name)).toHaveLength(1);
  });
});
