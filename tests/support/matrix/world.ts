/**
 * What every domain's matrix rows stand on: the demo street (珠海街道) and a second street of the
 * same district (矩阵街道) with one community, a resident and an enterprise, outside everything the
 * demo's officers serve. The demo's community officer serves 复兴社区; 铁橛山路社区 is another
 * community of the same street, in the street officer's scope but not hers.
 */
import type { TestApp } from '../test-app';

export interface World {
  t: TestApp;
  /** The id of the first row a query returns; throws when there is none. */
  id: (text: string, values?: unknown[]) => Promise<number>;
  /** An id no table holds: out of scope for routes whose subject has no area (accounts, notices). */
  missing: number;
  elsewhere: { street: number; community: number; resident: number; enterprise: number };
  /** Residents by demo phone. */
  residents: { zhangLi: number; songXiuxiu: number; jinhua: number; chenPengfei: number };
  /** Enterprises: 金花 (复兴社区, owned by 窦金花) and 鹏飞家常菜馆 (铁橛山路社区, owned by 陈鹏飞). */
  enterprises: { jinhua: number; pengfei: number };
}

export async function buildWorld(t: TestApp): Promise<World> {
  const id = async (text: string, values: unknown[] = []) => {
    const { rows } = await t.adminQuery(text, values);
    if (!rows[0]) throw new Error(`no row for ${text}`);
    return Number(rows[0].id);
  };
  const district = await id(`select id from areas where level = 'district' order by id limit 1`);
  const street = await id(
    `insert into areas (parent_id, code, name, level, path)
     select $1, '370211999', '矩阵街道', 'street', path || 'x/' from areas where id = $1 returning id`,
    [district],
  );
  await t.adminQuery(`update areas set path = (select path from areas where id = $1) || id || '/' where id = $2`, [
    district,
    street,
  ]);
  const community = await id(
    `insert into areas (parent_id, code, name, level, path)
     select $1, '370211999001', '矩阵社区', 'community', path || 'x/' from areas where id = $1 returning id`,
    [street],
  );
  await t.adminQuery(`update areas set path = (select path from areas where id = $1) || id || '/' where id = $2`, [
    street,
    community,
  ]);
  const resident = await id(
    `insert into residents (area_id, name, phone, labels, updated_at) values ($1, '矩阵居民', '13700009999', '{}', now()) returning id`,
    [community],
  );
  const enterprise = await id(
    `insert into enterprises (area_id, name, credit_code, type, owner_name, owner_phone, updated_at)
     values ($1, '矩阵商店', '91370211MA3MXTRD99', 'shop', '矩阵', '13700009998', now()) returning id`,
    [community],
  );
  const byPhone = (phone: string) => id(`select id from residents where phone = $1`, [phone]);
  return {
    t,
    id,
    missing: 999_999_999,
    elsewhere: { street, community, resident, enterprise },
    residents: {
      zhangLi: await byPhone('13900000001'),
      songXiuxiu: await byPhone('13900000002'),
      jinhua: await byPhone('13900000010'),
      chenPengfei: await byPhone('13900000020'),
    },
    enterprises: {
      jinhua: await id(`select id from enterprises where name = '金花粉扑包装微工厂'`),
      pengfei: await id(`select id from enterprises where name = '鹏飞家常菜馆'`),
    },
  };
}

/** The usual subjects of an area-scoped record: the community officer's community vs another; the street vs another street. */
export function areaSubjects(param: string, own: number, otherCommunity: number, otherStreet: number) {
  return {
    other: { inScope: { [param]: own }, outOfScope: { [param]: otherCommunity } },
    street_officer: { inScope: { [param]: otherCommunity }, outOfScope: { [param]: otherStreet } },
  };
}

/** Subjects of a route whose scope is the caller's own records: own vs someone else's (or none). */
export function ownSubjects(param: string, own: number, notOwn: number) {
  return { other: { inScope: { [param]: own }, outOfScope: { [param]: notOwn } } };
}
