/**
 * An officer registering a phone, 身份证 or credit code that is already on file
 * outside her areas learns that it cannot be registered here — not that a
 * resident of 复兴社区 has it, nor anything that differs with where it is held.
 * Inside her areas she is told it is a duplicate, as before.
 */
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, idNumberCheckChar } from '../../shared/validators';
import { staff } from '../../../tests/support/http-client';
import { useTestApp } from '../../../tests/support/test-app';

const t = useTestApp();

async function areaId(name: string): Promise<number> {
  const { rows } = await t.adminQuery('select id from areas where name = $1', [name]);
  return rows[0].id;
}

/** A seeded resident of the community, with the plain 身份证 number. */
async function residentOf(community: string, offset = 0) {
  const { rows } = await t.adminQuery(
    `select r.id, r.phone, r.id_number_enc from residents r
       join areas a on a.id = r.area_id join areas c on c.id = a.parent_id
      where c.name = $1 and r.id_number_enc is not null order by r.id limit 1 offset $2`,
    [community, offset],
  );
  const r = rows[0];
  return { id: r.id as number, phone: r.phone as string, idNumber: t.cipher.decrypt(r.id_number_enc) };
}

const freshId = (serial: number) => {
  const first = `3702111990010${String(5000 + serial)}`;
  return first + idNumberCheckChar(first);
};
const code = (first17: string) => first17 + creditCodeCheckChar(first17);

const refusal = (field: string, message: string) => ({
  error: { code: 'NOT_REGISTRABLE_HERE', message, details: [{ field, message }] },
});

describe('registering a resident', () => {
  it('outside her areas: only "cannot be registered here", the same whichever community holds it', async () => {
    const officer = await staff(t, 'anyuan01');
    const home = await areaId('安远路小区');
    const fuxing = await residentOf('复兴社区');
    const tiejue = await residentOf('铁橛山路社区');
    const before = await t.adminQuery('select count(*)::int n from residents');

    const byPhone = await Promise.all(
      [fuxing, tiejue].map((held, i) =>
        officer.post('/api/v1/residents', {
          name: '新居民',
          idNumber: freshId(i),
          phone: held.phone,
          compoundId: home,
        }),
      ),
    );
    for (const res of byPhone) {
      expect(res.status).toBe(409);
      expect(res.body).toEqual(refusal('phone', '手机号码不能在您的辖区登记，如有疑问请联系街道核实'));
    }
    const byId = await Promise.all(
      [fuxing, tiejue].map((held, i) =>
        officer.post('/api/v1/residents', {
          name: '新居民',
          idNumber: held.idNumber,
          phone: `1382000${String(1000 + i)}`,
          compoundId: home,
        }),
      ),
    );
    for (const res of byId) {
      expect(res.status).toBe(409);
      expect(res.body).toEqual(refusal('idNumber', '身份证号码不能在您的辖区登记，如有疑问请联系街道核实'));
    }
    expect((await t.adminQuery('select count(*)::int n from residents')).rows[0].n).toBe(before.rows[0].n);
  });

  it('moving a resident of her own onto a number held elsewhere is refused the same way', async () => {
    const officer = await staff(t, 'anyuan01');
    const own = await residentOf('安远路社区');
    const held = await residentOf('复兴社区', 1);
    const res = await officer.patch(`/api/v1/residents/${own.id}`, { phone: held.phone });
    expect(res.body).toEqual(refusal('phone', '手机号码不能在您的辖区登记，如有疑问请联系街道核实'));
    const idRes = await officer.patch(`/api/v1/residents/${own.id}`, { idNumber: held.idNumber });
    expect(idRes.body).toEqual(refusal('idNumber', '身份证号码不能在您的辖区登记，如有疑问请联系街道核实'));
  });

  it('inside her areas: the duplicate is named, as the form expects', async () => {
    const officer = await staff(t, 'anyuan01');
    const own = await residentOf('安远路社区', 1);
    const home = await areaId('安远路小区');
    const res = await officer.post('/api/v1/residents', {
      name: '新居民',
      idNumber: freshId(7),
      phone: own.phone,
      compoundId: home,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('DUPLICATE_PHONE');
    // The street officer serves every community: for her a number held in 复兴社区 is a duplicate.
    const street = await staff(t, 'wangguiling');
    const held = await residentOf('复兴社区');
    const again = await street.post('/api/v1/residents', {
      name: '新居民',
      idNumber: held.idNumber,
      phone: '13820009999',
      compoundId: home,
    });
    expect(again.body.error.code).toBe('DUPLICATE_ID_NUMBER');
  });

  it('speaks the officer’s language', async () => {
    const officer = await staff(t, 'tiejue01');
    expect((await officer.patch('/api/v1/me/preferences', { locale: 'en' })).status).toBe(200);
    const held = await residentOf('复兴社区');
    const res = await officer.post('/api/v1/residents', {
      name: '新居民',
      idNumber: freshId(8),
      phone: held.phone,
      compoundId: await areaId('铁橛山路社区'),
    });
    expect(res.body).toEqual(
      refusal('phone', 'Mobile number cannot be registered in your areas; ask the street office to check'),
    );
  });
});

describe('registering an enterprise', () => {
  it('a credit code held outside her areas: refused without saying where; inside: a duplicate', async () => {
    const street = await staff(t, 'wangguiling');
    const heldElsewhere = code('92370211MA3Y00001');
    const heldAtHome = code('92370211MA3Y00002');
    const body = (creditCode: string, area: string) =>
      areaId(area).then((id) => ({
        name: '某店',
        creditCode,
        type: 'shop',
        areaId: id,
        ownerName: '某',
        ownerPhone: '13855550001',
      }));
    expect((await street.post('/api/v1/enterprises', await body(heldElsewhere, '复兴社区'))).status).toBe(201);
    expect((await street.post('/api/v1/enterprises', await body(heldAtHome, '安远路社区'))).status).toBe(201);

    const officer = await staff(t, 'anyuan01');
    const outside = await officer.post('/api/v1/enterprises', await body(heldElsewhere, '安远路社区'));
    expect(outside.status).toBe(409);
    expect(outside.body).toEqual(refusal('creditCode', '统一社会信用代码不能在您的辖区登记，如有疑问请联系街道核实'));
    const inside = await officer.post('/api/v1/enterprises', await body(heldAtHome, '安远路社区'));
    expect(inside.body.error.code).toBe('DUPLICATE_CREDIT_CODE');
  });
});
