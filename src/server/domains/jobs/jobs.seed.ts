/**
 * Jobs of the demo street (SPEC §3.2 scenario): 窦金花's factory takes piece
 * work at flexible hours; 青岛奥合源服装有限公司 runs a certified 妈妈岗 in school
 * hours; 陈鹏飞's restaurants need counter staff; other posts across the street
 * (afternoon and weekend shifts, an evening sorting job 8 km away, an expired
 * one, one waiting for review) make the ranking mean something. Residents get
 * job profiles in one set-based insert.
 */
import { sql, type Transaction } from 'kysely';
import { creditCodeCheckChar, maskIdNumber, idNumberCheckChar } from '../../../shared/validators';
import { countSlots, windowsToSlots, type ScheduleWindow } from '../../../shared/job-schedule';
import { KM_PER_DEGREE_LAT, KM_PER_DEGREE_LNG, projectKm } from './match-score';
import type { FieldCipher } from '../../platform/crypto';
import type { Database } from '../../db/types';
import { seedJobsYear } from './jobs-year.seed';

type Trx = Transaction<Database>;

const WEEKDAYS = [1, 2, 3, 4, 5];
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
const SCHOOL: ScheduleWindow[] = [{ days: WEEKDAYS, from: '08:30', to: '15:30' }];

/** Owners who post jobs need an account to act for their enterprise; made here when nobody made one yet. */
const OWNERS = [
  {
    name: '赵立军',
    phone: '13900000040',
    gender: 'male',
    birth: '19760415',
    compound: '铁橛山路小区',
    enterprise: '青岛奥合源服装有限公司',
  },
  {
    name: '林春梅',
    phone: '13900000051',
    gender: 'female',
    birth: '19790621',
    compound: '复兴社区A区',
    enterprise: '复兴服装缝纫微工厂',
  },
] as const;

interface PostSeed {
  enterprise: string;
  place: string;
  title: string;
  category: string;
  type: string;
  pay: [number, number, 'month' | 'day' | 'hour' | 'piece'];
  windows: ScheduleWindow[] | 'flexible';
  headcount: number;
  skills: string[];
  requirements: string;
  description: string;
  contract: boolean;
  socialInsurance: boolean;
  mother?: 'certified' | 'requested';
  status?: 'pending_review';
  expired?: boolean;
}

const POSTS: PostSeed[] = [
  {
    enterprise: '金花粉扑包装微工厂',
    place: '复兴社区B区',
    title: '气垫粉扑包装工（计件）',
    category: 'manufacturing',
    type: 'piecework',
    pay: [5, 8, 'piece'],
    windows: 'flexible',
    headcount: 10,
    skills: ['packing'],
    requirements: '手脚麻利，会简单包装即可，可现场学',
    description: '在家门口上班，时间自由，可随时离岗接送孩子，计件日结。',
    contract: false,
    socialInsurance: false,
  },
  {
    enterprise: '青岛奥合源服装有限公司',
    place: '小台后工业园',
    title: '服装车缝工（妈妈岗）',
    category: 'manufacturing',
    type: 'full_time',
    pay: [300000, 400000, 'month'],
    windows: SCHOOL,
    headcount: 20,
    skills: ['sewing'],
    requirements: '会操作平缝机优先，新手可带薪培训',
    description: '工作日8:30上班、15:30下班，与孩子上下学时间一致；签订劳动合同，缴纳五险。',
    contract: true,
    socialInsurance: true,
    mother: 'certified',
  },
  {
    enterprise: '鹏飞家常菜馆',
    place: '铁橛山路社区',
    title: '店员（午市）',
    category: 'catering',
    type: 'part_time',
    pay: [2000, 2500, 'hour'],
    windows: [{ days: EVERY_DAY, from: '10:30', to: '14:00' }],
    headcount: 2,
    skills: ['serving'],
    requirements: '热情有礼，会点菜传菜',
    description: '午市忙时帮忙，管一顿午饭。',
    contract: false,
    socialInsurance: false,
  },
  {
    enterprise: '鹏飞水饺馆',
    place: '铁橛山路社区',
    title: '水饺馆店员',
    category: 'catering',
    type: 'full_time',
    pay: [350000, 420000, 'month'],
    windows: [
      { days: EVERY_DAY, from: '09:00', to: '14:00' },
      { days: EVERY_DAY, from: '16:30', to: '20:30' },
    ],
    headcount: 3,
    skills: ['serving', 'cooking'],
    requirements: '会包水饺优先',
    description: '月休4天，包吃。',
    contract: true,
    socialInsurance: true,
  },
  {
    enterprise: '安远箱包加工微工厂',
    place: '安远路小区',
    title: '箱包缝制工',
    category: 'manufacturing',
    type: 'piecework',
    pay: [50, 80, 'piece'],
    windows: [{ days: [1, 2, 3, 4, 5, 6], from: '13:00', to: '20:00' }],
    headcount: 6,
    skills: ['sewing'],
    requirements: '有缝纫基础',
    description: '下午到晚上的班，计件工资。',
    contract: false,
    socialInsurance: false,
  },
  {
    enterprise: '复兴服装缝纫微工厂',
    place: '复兴社区A区',
    title: '缝纫工（下午班）',
    category: 'manufacturing',
    type: 'hourly',
    pay: [1800, 2400, 'hour'],
    windows: [{ days: [1, 2, 3, 4, 5, 6], from: '13:30', to: '21:00' }],
    headcount: 4,
    skills: ['sewing'],
    requirements: '会平缝机',
    description: '下午班，按小时计薪。',
    contract: false,
    socialInsurance: false,
    mother: 'requested',
  },
  {
    enterprise: '铁橛山食品分装微工厂',
    place: '嘉陵江路公寓',
    title: '食品分装工（上午）',
    category: 'manufacturing',
    type: 'part_time',
    pay: [10000, 13000, 'day'],
    windows: [{ days: WEEKDAYS, from: '07:00', to: '12:00' }],
    headcount: 5,
    skills: ['food_processing'],
    requirements: '持健康证（可入职后办理，费用由工厂承担）',
    description: '上午班，工作日。',
    contract: false,
    socialInsurance: false,
  },
  {
    enterprise: '王戈庄饰品串珠微工厂',
    place: '王戈庄新村',
    title: '串珠手工（可带回家做）',
    category: 'manufacturing',
    type: 'piecework',
    pay: [30, 60, 'piece'],
    windows: 'flexible',
    headcount: 15,
    skills: ['beading'],
    requirements: '眼神好、有耐心',
    description: '材料可领回家做，按件结算。',
    contract: false,
    socialInsurance: false,
  },
  {
    enterprise: '王戈庄兵武馆',
    place: '王戈庄民俗文化街',
    title: '武馆前台（周末）',
    category: 'services',
    type: 'part_time',
    pay: [15000, 15000, 'day'],
    windows: [{ days: [6, 7], from: '09:00', to: '17:00' }],
    headcount: 1,
    skills: [],
    requirements: '会用电脑登记',
    description: '周末接待学员和家长。',
    contract: false,
    socialInsurance: false,
  },
  {
    enterprise: '西海岸鑫达物流有限公司',
    place: '泊里物流园',
    title: '夜班分拣员',
    category: 'logistics',
    type: 'full_time',
    pay: [2500, 3000, 'hour'],
    windows: [{ days: [1, 2, 3, 4, 5, 6], from: '18:00', to: '23:00' }],
    headcount: 30,
    skills: ['warehouse'],
    requirements: '能上夜班',
    description: '物流园夜班分拣，班车接送。',
    contract: true,
    socialInsurance: true,
  },
  {
    enterprise: '西海岸鑫达物流有限公司',
    place: '泊里物流园',
    title: '春节临时分拣员',
    category: 'logistics',
    type: 'gig',
    pay: [20000, 25000, 'day'],
    windows: [{ days: EVERY_DAY, from: '08:00', to: '17:00' }],
    headcount: 50,
    skills: [],
    requirements: '',
    description: '节前短期用工（已过期）。',
    contract: false,
    socialInsurance: false,
    expired: true,
  },
  {
    enterprise: '复兴家政服务部',
    place: '复兴社区A区',
    title: '家政保洁员',
    category: 'services',
    type: 'hourly',
    pay: [3000, 4000, 'hour'],
    windows: 'flexible',
    headcount: 3,
    skills: ['cleaning'],
    requirements: '勤快细心',
    description: '社区内上门保洁，时间自选。',
    contract: false,
    socialInsurance: false,
    status: 'pending_review',
  },
];

async function insertArea(
  trx: Trx,
  parentName: string,
  a: { code: string; name: string; level: 'place'; lat: number; lng: number },
) {
  const parent = await trx
    .selectFrom('areas')
    .select(['id', 'path'])
    .where('name', '=', parentName)
    .executeTakeFirstOrThrow();
  const row = await trx
    .insertInto('areas')
    .values({
      parent_id: parent.id,
      code: a.code,
      name: a.name,
      level: a.level,
      path: 'pending',
      lat: a.lat,
      lng: a.lng,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('areas')
    .set({ path: `${parent.path}${row.id}/` })
    .where('id', '=', row.id)
    .execute();
}

async function insertEnterprise(
  trx: Trx,
  e: {
    name: string;
    seq: number;
    type: 'company' | 'individual_business';
    area: string;
    owner: string;
    phone: string;
    verified: boolean;
  },
  verifier: number,
) {
  const first17 = `91370211MA${String(90000000 + e.seq).slice(1)}`.slice(0, 17);
  const area = await trx.selectFrom('areas').select('id').where('name', '=', e.area).executeTakeFirstOrThrow();
  await trx
    .insertInto('enterprises')
    .values({
      name: e.name,
      type: e.type,
      credit_code: first17 + creditCodeCheckChar(first17),
      area_id: area.id,
      owner_name: e.owner,
      owner_phone: e.phone,
      verified_at: e.verified ? new Date() : null,
      verified_by_user_id: e.verified ? verifier : null,
      updated_at: new Date(),
    })
    .execute();
}

/** The owner's resident record, account and membership, unless they already exist. */
async function ensureOwner(trx: Trx, cipher: FieldCipher, o: (typeof OWNERS)[number], seq: number): Promise<number> {
  const enterprise = await trx
    .selectFrom('enterprises')
    .select('id')
    .where('name', '=', o.enterprise)
    .executeTakeFirstOrThrow();
  let user = await trx.selectFrom('users').select('id').where('phone', '=', o.phone).executeTakeFirst();
  if (!user) {
    let resident = await trx.selectFrom('residents').select('id').where('phone', '=', o.phone).executeTakeFirst();
    if (!resident) {
      const first17 = `370211${o.birth}${String(900 + seq).slice(-3)}`;
      const idNumber = first17 + idNumberCheckChar(first17);
      const area = await trx.selectFrom('areas').select('id').where('name', '=', o.compound).executeTakeFirstOrThrow();
      resident = await trx
        .insertInto('residents')
        .values({
          area_id: area.id,
          name: o.name,
          gender: o.gender,
          birth_date: `${o.birth.slice(0, 4)}-${o.birth.slice(4, 6)}-${o.birth.slice(6, 8)}`,
          phone: o.phone,
          id_number_enc: cipher.encrypt(idNumber),
          id_number_hash: cipher.blindIndex(idNumber),
          id_number_masked: maskIdNumber(idNumber),
          hukou_area: '青岛市黄岛区',
          updated_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    }
    user = await trx
      .insertInto('users')
      .values({
        kind: 'resident',
        role: 'resident',
        display_name: o.name,
        phone: o.phone,
        resident_id: resident.id,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  }
  await trx
    .insertInto('enterprise_members')
    .values({ enterprise_id: enterprise.id, user_id: user.id, role: 'owner' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return user.id;
}

export async function seedJobs(trx: Trx, cipher: FieldCipher): Promise<{ posts: number; profiles: number }> {
  const officer = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'wangguiling')
    .executeTakeFirstOrThrow();
  // A logistics park at the street's far edge, about 8 km from 复兴社区.
  await insertArea(trx, '珠海街道', {
    code: '370211010903',
    name: '泊里物流园',
    level: 'place',
    lat: 35.9575,
    lng: 120.2912,
  });
  await insertEnterprise(
    trx,
    {
      name: '西海岸鑫达物流有限公司',
      seq: 1,
      type: 'company',
      area: '泊里物流园',
      owner: '孙志强',
      phone: '13900000060',
      verified: true,
    },
    officer.id,
  );
  await insertEnterprise(
    trx,
    {
      name: '复兴家政服务部',
      seq: 2,
      type: 'individual_business',
      area: '复兴社区A区',
      owner: '周红',
      phone: '13900000061',
      verified: false,
    },
    officer.id,
  );
  let seq = 0;
  for (const o of OWNERS) await ensureOwner(trx, cipher, o, seq++);

  const rows = await trx
    .selectFrom('enterprises as e')
    .leftJoin('enterprise_members as m', 'm.enterprise_id', 'e.id')
    .select(['e.id', 'e.name', sql<number | null>`min(m.user_id)`.as('user_id')])
    .groupBy(['e.id', 'e.name'])
    .execute();
  const enterprises = new Map(rows.map((r) => [r.name, r]));
  const places = new Map(
    (await trx.selectFrom('areas').select(['id', 'name', 'lat', 'lng']).execute()).map((a) => [a.name, a]),
  );
  const today = new Date();
  const inDays = (n: number) => new Date(today.getTime() + n * 86_400_000).toISOString().slice(0, 10);

  const values = POSTS.map((p) => {
    const e = enterprises.get(p.enterprise)!;
    const place = places.get(p.place)!;
    const windows = p.windows === 'flexible' ? [] : p.windows;
    const slots = windowsToSlots(windows);
    const loc = projectKm(place.lat!, place.lng!);
    return {
      enterprise_id: e.id,
      area_id: place.id,
      loc: `(${loc.x},${loc.y})`,
      title: p.title,
      category: p.category,
      type: p.type,
      pay_min_fen: p.pay[0],
      pay_max_fen: p.pay[1],
      pay_unit: p.pay[2],
      flexible: p.windows === 'flexible',
      windows: JSON.stringify(windows),
      slots,
      slot_count: countSlots(slots),
      headcount: p.headcount,
      skills: p.skills,
      requirements: p.requirements,
      description: p.description,
      contract: p.contract,
      social_insurance: p.socialInsurance,
      valid_until: p.expired ? inDays(-3) : inDays(60),
      status: p.status ?? ('published' as const),
      reviewed_by_user_id: p.status ? null : officer.id,
      mother_status: p.mother ?? ('none' as const),
      mother_by_user_id: p.mother === 'certified' ? officer.id : null,
      // Posts of employers nobody signed in for yet were entered by the street from their paper form.
      created_by_user_id: e.user_id ?? officer.id,
      updated_at: today,
    };
  });
  await trx.insertInto('job_posts').values(values).execute();

  // Profiles: the article's mothers keep school hours; about two in three other residents have one, set-based.
  const profiles = await sql<{ n: number }>`
    with r as (
      select r.id, r.phone, r.labels, a.id as area_id, a.lat, a.lng, (r.id * 7919) % 100 as k
        from residents r join areas a on a.id = r.area_id
       where a.lat is not null and r.phone not in ('13900000010', '13900000020', '13900000040', '13900000051')
    ), ins as (
      insert into job_profiles (resident_id, skills, job_types, min_pay_fen, min_pay_unit, windows, slots, slot_count,
                                school_hours_preset, home_area_id, home_loc, max_walk_minutes, discoverable, updated_at)
      select r.id,
             case when r.phone = '13900000001' then array['packing','sewing']
                  when r.phone = '13900000002' then array['packing','handcraft']
                  when r.k % 5 = 0 then array['packing','handcraft']
                  when r.k % 5 = 1 then array['sewing']
                  when r.k % 5 = 2 then array['cooking','serving']
                  when r.k % 5 = 3 then array['cleaning']
                  else array['warehouse','driving'] end,
             case when r.phone in ('13900000001','13900000002') then array['piecework','part_time','full_time']
                  when r.k % 4 = 0 then array['part_time']
                  when r.k % 4 = 1 then array['full_time']
                  when r.k % 4 = 2 then array['piecework','hourly']
                  else array['gig','part_time'] end,
             case when r.k % 3 = 0 then null else 1800 + (r.k % 5) * 200 end,
             case when r.k % 3 = 0 then null else 'hour' end,
             case when r.phone in ('13900000001','13900000002') or 'mother' = any(r.labels) then ${JSON.stringify(SCHOOL)}::jsonb
                  when r.k % 2 = 0 then '[{"days":[1,2,3,4,5,6],"from":"08:00","to":"18:00"}]'::jsonb
                  else '[]'::jsonb end,
             case when r.phone in ('13900000001','13900000002') or 'mother' = any(r.labels) then ${windowsToSlots(SCHOOL)}::bit(336)
                  when r.k % 2 = 0 then ${windowsToSlots([{ days: [1, 2, 3, 4, 5, 6], from: '08:00', to: '18:00' }])}::bit(336)
                  else repeat('0', 336)::bit(336) end,
             0,
             r.phone in ('13900000001','13900000002') or 'mother' = any(r.labels),
             r.area_id,
             point(r.lng * ${KM_PER_DEGREE_LNG}::float8, r.lat * ${KM_PER_DEGREE_LAT}::float8),
             case when r.phone = '13900000001' then 40 else 15 + (r.k % 4) * 5 end,
             r.phone in ('13900000001','13900000002') or r.k % 5 <> 0,
             now()
        from r
       where r.phone in ('13900000001','13900000002') or r.k % 3 <> 2
      returning 1
    )
    select count(*)::int as n from ins`.execute(trx);
  await sql`update job_profiles set slot_count = length(replace(slots::text, '0', ''))`.execute(trx);
  const yearPosts = await seedJobsYear(trx, officer.id);
  return { posts: values.length + yearPosts, profiles: profiles.rows[0]!.n };
}
