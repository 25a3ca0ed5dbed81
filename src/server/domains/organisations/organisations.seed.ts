/**
 * Organisations' part of the demo street (SPEC §3.6 scenarios, 扩充微组织): the street's 零工驿站,
 * its 创业联盟 with 陈鹏飞's 鹏飞家常菜馆, its 家政联盟, a volunteer team and a party branch in each
 * community, with contacts, members and activities; and the roster of 就业服务专员 of each of the
 * four communities — its officer (and in 铁橛山路社区 the 创贷驿站's agent too), every resident of
 * the community in one specialist's care. Fixed names, phones and dates keep it deterministic.
 */
import { sql, type Transaction } from 'kysely';
import type { SeedContext } from '../../core/domain-module';
import type { Database } from '../../db/types';
import type { ORGANISATION_KINDS } from '../../../shared/enums';

type Trx = Transaction<Database>;
type Kind = (typeof ORGANISATION_KINDS)[number];

interface DemoOrganisation {
  area: string;
  name: string;
  kind: Kind;
  summary: string;
  contacts: { name: string; role: string; phone: string }[];
  residents?: { phone: string; role: string; joinedOn: string }[];
  enterprises?: { name: string; role: string; joinedOn: string }[];
  activities?: { title: string; heldOn: string; place: string }[];
}

const COMMUNITIES = ['安远路社区', '复兴社区', '铁橛山路社区', '王戈庄社区'] as const;

const ORGANISATIONS: DemoOrganisation[] = [
  {
    area: '珠海街道',
    name: '珠海街道零工驿站',
    kind: 'gig_station',
    summary: '零工信息发布、即时匹配和技能培训的落脚点，设在就享家乐业服务站。',
    contacts: [{ name: '曹雪', role: '驿站负责人', phone: '13700001001' }],
    residents: [
      { phone: '13900000001', role: '登记零工', joinedOn: '2026-09-01' },
      { phone: '13900000030', role: '登记零工', joinedOn: '2026-09-15' },
    ],
    activities: [{ title: '零工夜市对接会', heldOn: '2026-11-28', place: '就享家乐业服务站' }],
  },
  {
    area: '珠海街道',
    name: '珠海街道创业联盟',
    kind: 'entrepreneur_alliance',
    summary: '创业者互助：经验分享、资源对接、创业担保贷款政策宣讲。',
    contacts: [{ name: '孙建国', role: '联盟秘书长', phone: '13700001002' }],
    residents: [{ phone: '13900000020', role: '理事', joinedOn: '2026-11-25' }],
    enterprises: [
      { name: '鹏飞家常菜馆', role: '会员单位', joinedOn: '2026-11-25' },
      { name: '金花粉扑包装微工厂', role: '会员单位', joinedOn: '2026-10-10' },
    ],
    activities: [{ title: 'SYB结业学员创业沙龙', heldOn: '2026-11-30', place: '铁橛山路社区创贷驿站' }],
  },
  {
    area: '珠海街道',
    name: '珠海街道家政联盟',
    kind: 'housekeeping_alliance',
    summary: '育婴员、保洁、养老护理从业者与家政企业的联盟，统一培训、统一派单。',
    contacts: [{ name: '杨春燕', role: '联盟负责人', phone: '13700001003' }],
    residents: [{ phone: '13900000070', role: '育婴员', joinedOn: '2026-10-20' }],
  },
  {
    area: '复兴社区',
    name: '复兴社区巾帼志愿服务队',
    kind: 'volunteer_team',
    summary: '宝妈志愿者：政策宣传、代办帮扶、邻里照看。',
    contacts: [{ name: '孙海燕', role: '队长', phone: '13700001004' }],
    residents: [
      { phone: '13900000010', role: '队员', joinedOn: '2026-06-01' },
      { phone: '13900000071', role: '队员', joinedOn: '2026-08-12' },
    ],
    activities: [{ title: '“政策找人”入户宣传', heldOn: '2026-12-05', place: '复兴社区A区' }],
  },
  ...COMMUNITIES.map((community, i): DemoOrganisation => ({
    area: community,
    name: `${community}党支部`,
    kind: 'party_branch',
    summary: '社区党支部：党员联系户、就业帮扶、组织党员志愿服务。',
    contacts: [{ name: ['刘晓雯', '孙海燕', '赵明辉', '高春梅'][i]!, role: '支部书记', phone: `1370000201${i}` }],
    activities: [{ title: '党员联系就业困难户', heldOn: '2026-12-01', place: `${community}党群服务中心` }],
  })),
];

/** Each community's specialists: its officer, and in 铁橛山路社区 the 创贷驿站's agent. */
const SPECIALISTS: Record<(typeof COMMUNITIES)[number], { username: string; duties: string }[]> = {
  安远路社区: [{ username: 'anyuan01', duties: '就业登记、岗位推荐、就业困难人员帮扶' }],
  复兴社区: [{ username: 'fuxing01', duties: '就业登记、妈妈岗推荐、政策找人入户' }],
  铁橛山路社区: [
    { username: 'tiejue01', duties: '就业登记、岗位推荐、困难人员帮扶' },
    { username: 'tiejuezhan01', duties: '创业指导、创业担保贷款受理、创业培训' },
  ],
  王戈庄社区: [{ username: 'wanggezhuang01', duties: '就业登记、灵活就业帮扶、政策宣传' }],
};

async function idOf(trx: Trx, table: 'residents' | 'enterprises' | 'users', column: string, value: string) {
  const { rows } = await sql<{
    id: number;
  }>`select id from ${sql.table(table)} where ${sql.ref(column)} = ${value}`.execute(trx);
  if (!rows[0]) throw new Error(`demo ${table} ${value} is missing`);
  return Number(rows[0].id);
}

export async function seedOrganisations({ trx, areaId }: SeedContext): Promise<void> {
  const street = await idOf(trx, 'users', 'username', 'wangguiling');
  for (const o of ORGANISATIONS) {
    const { id } = await trx
      .insertInto('organisations')
      .values({ area_id: areaId(o.area), name: o.name, kind: o.kind, summary: o.summary, created_by_user_id: street })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const c of o.contacts)
      await trx
        .insertInto('organisation_contacts')
        .values({ organisation_id: id, ...c })
        .execute();
    for (const m of o.residents ?? [])
      await trx
        .insertInto('organisation_members')
        .values({
          organisation_id: id,
          resident_id: await idOf(trx, 'residents', 'phone', m.phone),
          role: m.role,
          joined_on: m.joinedOn,
          added_by_user_id: street,
        })
        .execute();
    for (const m of o.enterprises ?? [])
      await trx
        .insertInto('organisation_members')
        .values({
          organisation_id: id,
          enterprise_id: await idOf(trx, 'enterprises', 'name', m.name),
          role: m.role,
          joined_on: m.joinedOn,
          added_by_user_id: street,
        })
        .execute();
    for (const a of o.activities ?? [])
      await trx
        .insertInto('organisation_activities')
        .values({ organisation_id: id, title: a.title, held_on: a.heldOn, place: a.place })
        .execute();
  }

  for (const community of COMMUNITIES) {
    const area = areaId(community);
    const specialists: number[] = [];
    for (const s of SPECIALISTS[community]) {
      const { id } = await trx
        .insertInto('employment_specialists')
        .values({ area_id: area, user_id: await idOf(trx, 'users', 'username', s.username), duties: s.duties })
        .returning('id')
        .executeTakeFirstOrThrow();
      specialists.push(id);
    }
    // every resident of the community, in turn to each specialist, by id (the seed's own order)
    const { rows: residents } = await sql<{ id: number }>`
      select r.id from residents r join areas a on a.id = r.area_id
       where a.path like (select path from areas where id = ${area}) || '%' order by r.id`.execute(trx);
    if (residents.length > 0)
      await trx
        .insertInto('specialist_assignments')
        .values(
          residents.map((r, i) => ({
            resident_id: Number(r.id),
            specialist_id: specialists[i % specialists.length]!,
            assigned_by_user_id: street,
            assigned_at: new Date('2026-12-01T09:00:00+08:00'),
          })),
        )
        .execute();
  }
}
