import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../../shared/validators';
import { resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();

const code = (first17: string) => first17 + creditCodeCheckChar(first17);

async function areaId(name: string): Promise<number> {
  const { rows } = await t.adminQuery('select id from areas where name = $1', [name]);
  return rows[0].id;
}

describe('enterprise registry', () => {
  it('registers an enterprise with a valid credit code; the owner phone is masked', async () => {
    const c = await staff(t, 'tiejue01');
    const res = await c.post('/api/v1/enterprises', {
      name: '铁橛山路便民洗衣店',
      creditCode: code('92370211MA3X00001'),
      type: 'shop',
      areaId: await areaId('铁橛山路社区'),
      ownerName: '吴海',
      ownerPhone: '13855556666',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: '铁橛山路便民洗衣店',
      ownerPhoneMasked: '138****6666',
      verified: false,
      communityName: '铁橛山路社区',
    });
  });

  it('refuses a wrong check character and names the field', async () => {
    const c = await staff(t, 'tiejue01');
    const good = code('92370211MA3X00002');
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const res = await c.post('/api/v1/enterprises', {
      name: '某店',
      creditCode: bad,
      type: 'shop',
      areaId: await areaId('铁橛山路社区'),
      ownerName: '某',
      ownerPhone: '13855556667',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([{ field: 'creditCode', message: '统一社会信用代码校验位不正确' }]);
  });

  it('refuses a duplicate credit code', async () => {
    const c = await staff(t, 'wangguiling');
    const body = {
      name: '重复登记店',
      creditCode: code('92370211MA3X00003'),
      type: 'shop',
      areaId: await areaId('复兴社区'),
      ownerName: '某',
      ownerPhone: '13855556668',
    };
    expect((await c.post('/api/v1/enterprises', body)).status).toBe(201);
    const again = await c.post('/api/v1/enterprises', body);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DUPLICATE_CREDIT_CODE');
  });

  it('scopes enterprises by area: 404 outside, never in a list', async () => {
    const c = await staff(t, 'fuxing01');
    const list = await c.get('/api/v1/enterprises?pageSize=100');
    expect(
      list.body.items
        .map((e: { communityName: string | null }) => e.communityName)
        .every((n: string | null) => n === '复兴社区'),
    ).toBe(true);
    const { rows } = await t.adminQuery(`select id from enterprises where name = '鹏飞家常菜馆'`);
    expect((await c.get(`/api/v1/enterprises/${rows[0].id}`)).status).toBe(404);
  });

  it('lets only the street verify an enterprise', async () => {
    const community = await staff(t, 'tiejue01');
    const created = await community.post('/api/v1/enterprises', {
      name: '待认证餐馆',
      creditCode: code('92370211MA3X00004'),
      type: 'individual_business',
      areaId: await areaId('铁橛山路社区'),
      ownerName: '某',
      ownerPhone: '13855556669',
    });
    const refused = await community.patch(`/api/v1/enterprises/${created.body.id}`, { verified: true });
    expect(refused.status).toBe(403);
    const street = await staff(t, 'wangguiling');
    const verified = await street.patch(`/api/v1/enterprises/${created.body.id}`, { verified: true });
    expect(verified.status).toBe(200);
    expect(verified.body.verified).toBe(true);
    const audit = await t.adminQuery(
      `select action from audit_events where target_type = 'enterprise' and target_id = $1 order by id`,
      [String(created.body.id)],
    );
    expect(audit.rows.map((r) => r.action)).toEqual(['enterprise.create', 'enterprise.verify']);
  });

  it("gives the owner's phone the enterprise at first sign-in", async () => {
    const c = await staff(t, 'wanggezhuang01');
    const created = await c.post('/api/v1/enterprises', {
      name: '王戈庄手工编织社',
      creditCode: code('93370211MA3X00005'),
      type: 'cooperative',
      areaId: await areaId('王戈庄社区'),
      ownerName: '姜红',
      ownerPhone: '13755550000',
    });
    expect(created.status).toBe(201);
    const owner = await resident(t, '13755550000');
    const me = await owner.get('/api/v1/me');
    expect(me.body.user.enterprises).toEqual([{ id: created.body.id, name: '王戈庄手工编织社' }]);
  });
});
