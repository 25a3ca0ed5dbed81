import { describe, expect, it } from 'vitest';
import {
  auditEventAroundTarget,
  auditValues,
  canonicalJson,
  eventBody,
  eventHash,
  GENESIS_HASH,
  maskPersonal,
  WITHHELD,
} from './audit';

describe('audit masking', () => {
  it('masks phones and ID numbers, drops secrets and withholds personal values at any depth', () => {
    expect(
      maskPersonal({
        name: '绣花鞋垫',
        personName: '张丽',
        phone: '13900000001',
        nested: { idNumber: '11010519491231002X', password: 'x', birth_date: '1989-05-12', hukouArea: null },
        list: [{ ownerPhone: '13800000000', ownerName: '窦金花', labels: ['disabled'] }],
      }),
    ).toEqual({
      name: '绣花鞋垫',
      personName: WITHHELD,
      phone: '139****0001',
      nested: { idNumber: '1101**********002X', birth_date: WITHHELD, hukouArea: null },
      list: [{ ownerPhone: '138****0000', ownerName: WITHHELD, labels: WITHHELD }],
    });
  });

  it('names the personal fields that changed, and leaves out the ones that did not', () => {
    const before = { personName: '张丽', birthDate: '1989-05-12', labels: ['mother'], areaId: 3, phone: '13900000001' };
    const after = { personName: '张丽', birthDate: '1989-05-13', labels: ['mother'], areaId: 4, phone: '13900000001' };
    expect(auditValues(before, after)).toEqual({
      before: { birthDate: WITHHELD, areaId: 3, phone: '139****0001' },
      after: { birthDate: WITHHELD, areaId: 4, phone: '139****0001' },
    });
    // set for the first time: named; a field only one side has: named
    expect(auditValues(null, { personName: '张丽', gender: null })).toEqual({
      before: null,
      after: { personName: WITHHELD, gender: null },
    });
    expect(auditValues({ hukouArea: '青岛市黄岛区' }, { labels: [] })).toEqual({
      before: { hukouArea: WITHHELD },
      after: { labels: WITHHELD },
    });
  });
});

describe('audit chain hash', () => {
  const base = {
    at: new Date('2026-11-18T02:00:00.000Z'),
    actor_user_id: 1,
    actor_role: 'street_officer',
    action: 'resident.update',
    target_type: 'resident',
    target_id: '7',
    ip: '127.0.0.1',
    before: { b: 1, a: 2 },
    after: { a: 2, b: 3 },
  };
  it('does not depend on key order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 1, c: 2 }] })).toBe('{"a":[{"c":2,"d":1}],"b":1}');
    expect(eventHash(GENESIS_HASH, base)).toBe(eventHash(GENESIS_HASH, { ...base, before: { a: 2, b: 1 } }));
  });
  it('changes when any covered field or the previous hash changes', () => {
    const h = eventHash(GENESIS_HASH, base);
    expect(eventHash(GENESIS_HASH, { ...base, action: 'resident.delete' })).not.toBe(h);
    expect(eventHash(GENESIS_HASH, { ...base, after: { a: 2, b: 4 } })).not.toBe(h);
    expect(eventHash('f'.repeat(64), base)).not.toBe(h);
  });
});

describe('an event whose target the database creates', () => {
  it('is hashed as head, the id and tail: the same text as the event with that id', () => {
    const ctx = { actor: { userId: 3, role: 'resident' as const, displayName: '窦金花' }, ip: '10.0.0.1' };
    // a value that looks like the id's place must not move it
    const entry = {
      action: 'settlement.close',
      targetType: 'settlement',
      after: { factoryId: 6, note: '\u0001target\u0001 "x"', phone: '13900000010' },
    };
    const e = auditEventAroundTarget(ctx, entry);
    expect(e.after).toEqual({ factoryId: 6, note: '\u0001target\u0001 "x"', phone: '139****0010' });
    const row = {
      at: new Date(e.at),
      actor_user_id: 3,
      actor_role: 'resident',
      action: 'settlement.close',
      target_type: 'settlement',
      target_id: '30742',
      ip: '10.0.0.1',
      before: null,
      after: e.after,
    };
    expect(`${e.head}30742${e.tail}`).toBe(eventBody(row));
  });
});
