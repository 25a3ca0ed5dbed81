/**
 * The demo street: 珠海街道 of 青岛西海岸新区 as the newspaper article tells it.
 * Names of public figures and firms come from the article; every ID number,
 * phone and credit code is fictional (valid in form, issued to nobody).
 */
import { sql, type Transaction } from 'kysely';
import { idNumberCheckChar, maskIdNumber } from '../../../shared/validators';
import type { Db } from '../client';
import type { Database } from '../types';
import type { FieldCipher } from '../../platform/crypto';
import { hashPassword } from '../../platform/passwords';
import { recordAudit } from '../../platform/audit';
import { DOMAINS } from '../../domains/registry';
import { chineseName, fictionalCreditCode, seededRandom } from './random';

export const DEMO_PASSWORD = 'Demo@2026';

type Trx = Transaction<Database>;

interface AreaSeed {
  code: string;
  name: string;
  level: 'district' | 'street' | 'community' | 'compound' | 'place';
  lat?: number;
  lng?: number;
  children?: AreaSeed[];
}

// Coordinates are approximate points in the Huangdao area, good for walking-distance estimates.
export const DEMO_AREAS: AreaSeed = {
  code: '370211',
  name: '青岛西海岸新区',
  level: 'district',
  children: [
    {
      code: '370211010',
      name: '珠海街道',
      level: 'street',
      lat: 35.9605,
      lng: 120.1985,
      children: [
        {
          code: '370211010001',
          name: '安远路社区',
          level: 'community',
          lat: 35.9632,
          lng: 120.1921,
          children: [
            { code: '370211010001001', name: '安远路小区', level: 'compound', lat: 35.9641, lng: 120.1912 },
            { code: '370211010001002', name: '珠江路宿舍', level: 'compound', lat: 35.9622, lng: 120.1938 },
          ],
        },
        {
          code: '370211010002',
          name: '复兴社区',
          level: 'community',
          lat: 35.9581,
          lng: 120.2012,
          children: [
            { code: '370211010002001', name: '复兴社区A区', level: 'compound', lat: 35.9588, lng: 120.2001 },
            { code: '370211010002002', name: '复兴社区B区', level: 'compound', lat: 35.9575, lng: 120.2024 },
          ],
        },
        {
          code: '370211010003',
          name: '铁橛山路社区',
          level: 'community',
          lat: 35.9668,
          lng: 120.2059,
          children: [
            { code: '370211010003001', name: '铁橛山路小区', level: 'compound', lat: 35.9672, lng: 120.2066 },
            { code: '370211010003002', name: '嘉陵江路公寓', level: 'compound', lat: 35.9655, lng: 120.2047 },
          ],
        },
        {
          code: '370211010004',
          name: '王戈庄社区',
          level: 'community',
          lat: 35.9512,
          lng: 120.2133,
          children: [
            { code: '370211010004001', name: '王戈庄新村', level: 'compound', lat: 35.9506, lng: 120.2141 },
            { code: '370211010004901', name: '王戈庄民俗文化街', level: 'place', lat: 35.9519, lng: 120.2125 },
          ],
        },
        { code: '370211010901', name: '牌坊街', level: 'place', lat: 35.9617, lng: 120.1968 },
        { code: '370211010902', name: '小台后工业园', level: 'place', lat: 35.9702, lng: 120.1874 },
      ],
    },
  ],
};

export const DEMO_STAFF = [
  { username: 'wangguiling', name: '王桂玲', role: 'street_officer', area: '珠海街道' },
  // a second street officer: a 免申即享 batch is prepared by one and confirmed by another
  { username: 'liuyan', name: '刘燕', role: 'street_officer', area: '珠海街道' },
  { username: 'anyuan01', name: '刘晓雯', role: 'community_officer', area: '安远路社区' },
  { username: 'fuxing01', name: '孙海燕', role: 'community_officer', area: '复兴社区' },
  { username: 'tiejue01', name: '赵明辉', role: 'community_officer', area: '铁橛山路社区' },
  { username: 'wanggezhuang01', name: '高春梅', role: 'community_officer', area: '王戈庄社区' },
  { username: 'paifang01', name: '韩冬', role: 'station_agent', area: '牌坊街', station: '牌坊街创贷驿站' },
  {
    username: 'tiejuezhan01',
    name: '邵文静',
    role: 'station_agent',
    area: '铁橛山路社区',
    station: '铁橛山路社区创贷驿站',
  },
  {
    username: 'xiaotaihou01',
    name: '彭立新',
    role: 'station_agent',
    area: '小台后工业园',
    station: '小台后工业园创贷驿站',
  },
  { username: 'jiuxiangjia01', name: '曹雪', role: 'station_agent', area: '珠海街道', station: '就享家乐业服务站' },
  {
    username: 'guarantee01',
    name: '钱志远',
    role: 'lender',
    area: '青岛西海岸新区',
    institution: '西海岸新区创业担保中心',
  },
  { username: 'bank01', name: '许佳', role: 'lender', area: '青岛西海岸新区', institution: '合作银行珠海街道支行' },
  { username: 'sysadmin', name: '系统管理员', role: 'sysadmin', area: null },
  { username: 'secadmin', name: '安全管理员', role: 'secadmin', area: null },
  { username: 'auditor', name: '安全审计员', role: 'auditor', area: null },
] as const;

const STATIONS = [
  { name: '牌坊街创贷驿站', kind: 'loan_station', area: '牌坊街', address: '珠海街道牌坊街中段' },
  { name: '铁橛山路社区创贷驿站', kind: 'loan_station', area: '铁橛山路社区', address: '铁橛山路社区党群服务中心一楼' },
  { name: '小台后工业园创贷驿站', kind: 'loan_station', area: '小台后工业园', address: '小台后工业园综合楼101' },
  { name: '就享家乐业服务站', kind: 'service_station', area: '珠海街道', address: '珠海街道便民服务中心二楼' },
] as const;

const INSTITUTIONS = [
  { name: '西海岸新区创业担保中心', kind: 'guarantee' },
  { name: '合作银行珠海街道支行', kind: 'bank' },
] as const;

/** People of the article, with fixed demo phones so the guide can name them. */
export const DEMO_PEOPLE = [
  {
    name: '张丽',
    phone: '13900000001',
    gender: 'female',
    birth: '19890512',
    compound: '复兴社区B区',
    labels: ['mother'],
  },
  {
    name: '宋秀秀',
    phone: '13900000002',
    gender: 'female',
    birth: '19850923',
    compound: '复兴社区B区',
    labels: ['mother'],
  },
  { name: '窦金花', phone: '13900000010', gender: 'female', birth: '19800308', compound: '复兴社区B区', labels: [] },
  {
    name: '陈鹏飞',
    phone: '13900000020',
    gender: 'male',
    birth: '19880716',
    compound: '铁橛山路小区',
    labels: [],
    hukou: '青岛市平度市',
  },
  { name: '李兵', phone: '13900000030', gender: 'male', birth: '19830211', compound: '王戈庄新村', labels: [] },
] as const;

const ENTERPRISES = [
  {
    name: '金花粉扑包装微工厂',
    type: 'micro_factory',
    area: '复兴社区B区',
    owner: '窦金花',
    phone: '13900000010',
    established: '2026-03-01',
  },
  {
    name: '青岛奥合源服装有限公司',
    type: 'company',
    area: '小台后工业园',
    owner: '赵立军',
    phone: '13900000040',
    established: '2015-06-18',
  },
  {
    name: '鹏飞家常菜馆',
    type: 'individual_business',
    area: '铁橛山路社区',
    owner: '陈鹏飞',
    phone: '13900000020',
    established: '2026-01-08',
  },
  {
    name: '鹏飞水饺馆',
    type: 'individual_business',
    area: '铁橛山路社区',
    owner: '陈鹏飞',
    phone: '13900000020',
    established: '2026-01-20',
  },
  {
    name: '王戈庄兵武馆',
    type: 'individual_business',
    area: '王戈庄民俗文化街',
    owner: '李兵',
    phone: '13900000030',
    established: '2026-09-01',
  },
  {
    name: '安远箱包加工微工厂',
    type: 'micro_factory',
    area: '安远路小区',
    owner: '马秀英',
    phone: '13900000050',
    established: '2026-04-10',
  },
  {
    name: '复兴服装缝纫微工厂',
    type: 'micro_factory',
    area: '复兴社区A区',
    owner: '林春梅',
    phone: '13900000051',
    established: '2026-02-15',
  },
  {
    name: '铁橛山食品分装微工厂',
    type: 'micro_factory',
    area: '嘉陵江路公寓',
    owner: '郭海波',
    phone: '13900000052',
    established: '2026-05-06',
  },
  {
    name: '王戈庄饰品串珠微工厂',
    type: 'micro_factory',
    area: '王戈庄新村',
    owner: '何玉兰',
    phone: '13900000053',
    established: '2026-06-20',
  },
] as const;

function fictionalId(
  rand: ReturnType<typeof seededRandom>,
  birth: string,
  gender: 'female' | 'male',
  seq: number,
): string {
  // 370211: the district's division code; a sequence keeps the numbers unique.
  const order = String(seq % 1000).padStart(3, '0');
  const last = Number(order[2]);
  const orderWithGender = order.slice(0, 2) + String(gender === 'male' ? last | 1 : last & ~1);
  const first17 = `370211${birth}${orderWithGender}`;
  void rand;
  return first17 + idNumberCheckChar(first17);
}

async function insertAreas(
  trx: Trx,
  node: AreaSeed,
  parent: { id: number; path: string } | null,
  byName: Map<string, number>,
) {
  const inserted = await trx
    .insertInto('areas')
    .values({
      parent_id: parent?.id ?? null,
      code: node.code,
      name: node.name,
      level: node.level,
      path: 'pending',
      lat: node.lat ?? null,
      lng: node.lng ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${parent?.path ?? '/'}${inserted.id}/`;
  await trx.updateTable('areas').set({ path }).where('id', '=', inserted.id).execute();
  byName.set(node.name, inserted.id);
  for (const child of node.children ?? []) await insertAreas(trx, child, { id: inserted.id, path }, byName);
}

export interface SeedOptions {
  residents?: number;
}

/** Seeds an empty database; refuses a database that already has areas. */
export async function seedDemoStreet(
  db: Db,
  cipher: FieldCipher,
  options: SeedOptions = {},
): Promise<{ residents: number }> {
  const extraResidents = options.residents ?? 300;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('areas')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirstOrThrow();
    if (existing.n > 0)
      throw new Error('The database already has data; the demo street is only seeded into an empty one.');
    const area = new Map<string, number>();
    await insertAreas(trx, DEMO_AREAS, null, area);
    const id = (name: string) => {
      const v = area.get(name);
      if (!v) throw new Error(`no demo area ${name}`);
      return v;
    };

    const station = new Map<string, number>();
    for (const s of STATIONS) {
      const row = await trx
        .insertInto('stations')
        .values({ name: s.name, kind: s.kind, area_id: id(s.area), address: s.address })
        .returning('id')
        .executeTakeFirstOrThrow();
      station.set(s.name, row.id);
    }
    const institution = new Map<string, number>();
    for (const i of INSTITUTIONS) {
      const row = await trx
        .insertInto('institutions')
        .values({ name: i.name, kind: i.kind, area_id: id('青岛西海岸新区') })
        .returning('id')
        .executeTakeFirstOrThrow();
      institution.set(i.name, row.id);
    }

    for (const s of DEMO_STAFF) {
      const user = await trx
        .insertInto('users')
        .values({
          kind: 'staff',
          role: s.role,
          display_name: s.name,
          username: s.username,
          password_hash: passwordHash,
          station_id: 'station' in s ? station.get(s.station)! : null,
          institution_id: 'institution' in s ? institution.get(s.institution)! : null,
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (s.area)
        await trx
          .insertInto('user_areas')
          .values({ user_id: user.id, area_id: id(s.area) })
          .execute();
    }

    const rand = seededRandom(20261118);
    const compounds = [
      '安远路小区',
      '珠江路宿舍',
      '复兴社区A区',
      '复兴社区B区',
      '铁橛山路小区',
      '嘉陵江路公寓',
      '王戈庄新村',
    ];
    const people: {
      name: string;
      phone: string;
      gender: 'female' | 'male';
      birth: string;
      compound: string;
      labels: readonly string[];
      hukou?: string;
    }[] = [...DEMO_PEOPLE];
    const labelPool = [
      'mother',
      'hard_to_employ',
      'veteran',
      'disabled',
      'graduate',
      'registered_unemployed',
      'older_worker',
    ];
    for (let i = 0; i < extraResidents; i++) {
      const gender = rand.next() < 0.58 ? 'female' : 'male';
      const year = rand.int(1962, 2004);
      const birth = `${year}${String(rand.int(1, 12)).padStart(2, '0')}${String(rand.int(1, 28)).padStart(2, '0')}`;
      const labels = new Set<string>();
      if (gender === 'female' && year >= 1984 && year <= 1998 && rand.next() < 0.45) labels.add('mother');
      if (rand.next() < 0.12) labels.add(rand.pick(labelPool));
      if (year <= 1975 && rand.next() < 0.5) labels.add('older_worker');
      people.push({
        name: chineseName(rand, gender),
        phone: `138${String(10000000 + i * 7919).slice(-8)}`,
        gender,
        birth,
        compound: rand.pick(compounds),
        labels: [...labels].filter((l) => l !== 'mother' || gender === 'female'),
      });
    }
    let seq = 0;
    const residentByPhone = new Map<string, number>();
    for (const p of people) {
      const idNumber = fictionalId(rand, p.birth, p.gender, seq++);
      const row = await trx
        .insertInto('residents')
        .values({
          area_id: id(p.compound),
          name: p.name,
          gender: p.gender,
          birth_date: `${p.birth.slice(0, 4)}-${p.birth.slice(4, 6)}-${p.birth.slice(6, 8)}`,
          phone: p.phone,
          id_number_enc: cipher.encrypt(idNumber),
          id_number_hash: cipher.blindIndex(idNumber),
          id_number_masked: maskIdNumber(idNumber),
          hukou_area: p.hukou ?? '青岛市黄岛区',
          labels: [...p.labels],
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      residentByPhone.set(p.phone, row.id);
    }
    // The article's people sign in by phone: give them accounts now so their enterprises show at once.
    const userByPhone = new Map<string, number>();
    for (const p of DEMO_PEOPLE) {
      const user = await trx
        .insertInto('users')
        .values({
          kind: 'resident',
          role: 'resident',
          display_name: p.name,
          phone: p.phone,
          resident_id: residentByPhone.get(p.phone)!,
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      userByPhone.set(p.phone, user.id);
    }
    const streetOfficer = await trx
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'wangguiling')
      .executeTakeFirstOrThrow();
    let code = 0;
    for (const e of ENTERPRISES) {
      const row = await trx
        .insertInto('enterprises')
        .values({
          name: e.name,
          type: e.type,
          credit_code: fictionalCreditCode(++code),
          area_id: id(e.area),
          owner_name: e.owner,
          owner_phone: e.phone,
          owner_resident_id: residentByPhone.get(e.phone) ?? null,
          established_on: e.established,
          verified_at: new Date(),
          verified_by_user_id: streetOfficer.id,
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const owner = userByPhone.get(e.phone);
      if (owner)
        await trx
          .insertInto('enterprise_members')
          .values({ enterprise_id: row.id, user_id: owner, role: 'owner' })
          .execute();
    }

    // each domain's part of the story, in registry order
    for (const domain of DOMAINS) await domain.seedDemo?.({ trx, cipher, areaId: id });

    await recordAudit(
      trx,
      { actor: null, ip: null },
      {
        action: 'system.seed_demo',
        targetType: 'platform',
        after: {
          areas: area.size,
          staff: DEMO_STAFF.length,
          residents: people.length,
          enterprises: ENTERPRISES.length,
        },
      },
    );
    return { residents: people.length };
  });
}
