import { describe, expect, it } from 'vitest';
import { auditEventAroundTarget, canonicalJson, eventBody, eventHash, GENESIS_HASH, maskPersonal } from './audit';

describe('audit masking', () => {
  it('masks phones and ID numbers and drops secrets at any depth', () => {
    expect(
      maskPersonal({
        name: '张丽',
        phone: '13900000001',
        nested: { idNumber: '11010519491231002X', password: 'x' },
        list: [{ ownerPhone: '13800000000' }],
      }),
    ).toEqual({
      name: '张丽',
      phone: '139****0001',
      nested: { idNumber: '1101**********002X' },
      list: [{ ownerPhone: '138****0000' }],
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
