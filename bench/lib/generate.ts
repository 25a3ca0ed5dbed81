/**
 * Data at scale on top of the demo street's areas and staff: residents spread
 * over the compounds and enterprises spread over the communities, with valid
 * fictional identifiers (issued to nobody), unique where the schema says so,
 * encrypted and indexed the way the app stores them. Deterministic: the same
 * flags give the same rows.
 */
import { sql, type Insertable } from 'kysely';
import type { Db } from '../../src/server/db/client';
import type { EnterprisesTable, NewResident } from '../../src/server/db/types';
import { chineseName, seededRandom } from '../../src/server/db/seed/random';
import type { FieldCipher } from '../../src/server/platform/crypto';
import { creditCodeCheckChar, idNumberCheckChar, maskIdNumber } from '../../src/shared/validators';

export interface GenerateOptions {
  residents: number;
  enterprises: number;
  /** Rows per INSERT statement (all statements in one transaction). */
  batchSize?: number;
  log?: (line: string) => void;
}

export interface GenerationReport {
  residents: number;
  enterprises: number;
  compounds: number;
  communities: number;
  seconds: number;
  analyseSeconds: number;
}

type Rand = ReturnType<typeof seededRandom>;
type NewEnterprise = Insertable<EnterprisesTable>;

// Qingdao's county-level division codes: a 身份证 number names where its holder was first registered, not where they live now.
const REGIONS = ['370211', '370202', '370203', '370212', '370213', '370214', '370215', '370281', '370283', '370285'];
// Mobile prefixes; 139 is left out (the demo street's named people use 1390000xxxx).
const PHONE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '150',
  '151',
  '152',
  '155',
  '157',
  '158',
  '159',
  '176',
  '177',
  '178',
  '180',
  '181',
  '182',
  '183',
  '185',
  '186',
  '187',
  '188',
  '189',
  '191',
  '198',
];
const HUKOU = [
  '青岛市黄岛区',
  '青岛市黄岛区',
  '青岛市黄岛区',
  '青岛市黄岛区',
  '青岛市平度市',
  '青岛市胶州市',
  '潍坊市诸城市',
  '日照市五莲县',
  '临沂市沂南县',
];
const LABELS = ['hard_to_employ', 'veteran', 'disabled', 'graduate', 'registered_unemployed', 'older_worker'] as const;

// GB 32100-2015's alphabet (no I, O, Z, S, V), as in src/shared/validators.ts.
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const ENTERPRISE_TYPES: { type: NewEnterprise['type']; share: number; authority: string; suffixes: string[] }[] = [
  {
    type: 'micro_factory',
    share: 0.35,
    authority: '91',
    suffixes: ['加工微工厂', '包装微工厂', '缝纫微工厂', '串珠微工厂', '分装微工厂'],
  },
  {
    type: 'individual_business',
    share: 0.3,
    authority: '92',
    suffixes: ['水饺馆', '家常菜馆', '理发店', '裁缝铺', '修车铺', '早点铺'],
  },
  { type: 'shop', share: 0.15, authority: '92', suffixes: ['便利店', '水果店', '五金店', '花店'] },
  {
    type: 'company',
    share: 0.15,
    authority: '91',
    suffixes: ['服装有限公司', '食品有限公司', '电子有限公司', '物流有限公司'],
  },
  { type: 'cooperative', share: 0.05, authority: '93', suffixes: ['种植专业合作社', '手工编织专业合作社'] },
];
const TRADE_NAMES = [
  '金花',
  '海韵',
  '鑫源',
  '顺达',
  '佳美',
  '福满',
  '春晖',
  '恒信',
  '安远',
  '复兴',
  '铁橛',
  '珠江',
  '嘉陵',
  '明珠',
  '瑞丰',
  '晨曦',
  '汇通',
  '康宁',
  '乐业',
  '巧手',
];

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Unique fictional 身份证 numbers: region + birth date + a 3-digit order whose
 * last digit is odd for men and even for women (GB 11643-1999), counted per
 * (region, birth date, gender). Orders start at 010: the demo seed uses 000–005.
 */
class IdNumbers {
  private used = new Map<string, number>();
  next(region: string, birth: string, gender: 'female' | 'male'): string | null {
    const key = `${region}${birth}${gender}`;
    const n = this.used.get(key) ?? 0;
    const order = 10 + n * 2 + (gender === 'male' ? 1 : 0);
    if (order > 999) return null;
    this.used.set(key, n + 1);
    const first17 = `${region}${birth}${String(order).padStart(3, '0')}`;
    return first17 + idNumberCheckChar(first17);
  }
}

function creditCode(authority: string, seq: number): string {
  let body = '';
  for (let n = seq, i = 0; i < 7; i++, n = Math.floor(n / 31)) body = CREDIT_ALPHABET[n % 31] + body;
  // 'MB…': the demo seed's codes start 'MA', so the two never meet.
  const first17 = `${authority}370211MB${body}`;
  return first17 + creditCodeCheckChar(first17);
}

interface PersonRef {
  phone: string;
  name: string;
  compoundIndex: number;
}

function residentRow(
  rand: Rand,
  ids: IdNumbers,
  i: number,
  compoundIds: number[],
  cipher: FieldCipher,
): { row: NewResident; ref: PersonRef } {
  for (;;) {
    const gender = rand.next() < 0.58 ? 'female' : 'male';
    const year = rand.int(1962, 2004);
    const month = rand.int(1, 12);
    const day = rand.int(1, 28);
    const birth = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
    const idNumber = ids.next(rand.pick(REGIONS), birth, gender);
    if (!idNumber) continue; // that day is full in that region; draw again
    const labels = new Set<string>();
    if (gender === 'female' && year >= 1984 && year <= 1998 && rand.next() < 0.45) labels.add('mother');
    if (rand.next() < 0.12) labels.add(rand.pick(LABELS));
    if (year <= 1975 && rand.next() < 0.5) labels.add('older_worker');
    // i ↦ i·7919 mod 10⁸ is one-to-one (7919 is prime to 10⁸), so every phone is distinct.
    const phone = `${rand.pick(PHONE_PREFIXES)}${String((i * 7919 + 1234567) % 100_000_000).padStart(8, '0')}`;
    const name = chineseName(rand, gender);
    const compoundIndex = Math.floor(rand.next() * compoundIds.length);
    return {
      row: {
        area_id: compoundIds[compoundIndex]!,
        name,
        gender,
        birth_date: isoDate(year, month, day),
        phone,
        id_number_enc: cipher.encrypt(idNumber),
        id_number_hash: cipher.blindIndex(idNumber),
        id_number_masked: maskIdNumber(idNumber),
        hukou_area: rand.pick(HUKOU),
        labels: [...labels],
      },
      ref: { phone, name, compoundIndex },
    };
  }
}

function pickType(rand: Rand) {
  let x = rand.next();
  for (const t of ENTERPRISE_TYPES) {
    if (x < t.share) return t;
    x -= t.share;
  }
  return ENTERPRISE_TYPES[0]!;
}

export async function generateData(db: Db, cipher: FieldCipher, options: GenerateOptions): Promise<GenerationReport> {
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? 2000;
  const areas = await db.selectFrom('areas').select(['id', 'name', 'level', 'parent_id']).orderBy('id').execute();
  const compounds = areas.filter((a) => a.level === 'compound');
  const communities = areas.filter((a) => a.level === 'community');
  if (!compounds.length || !communities.length)
    throw new Error('No compounds or communities: seed the demo street first.');
  const compoundIds = compounds.map((c) => c.id);
  const communityOfCompound = compounds.map((c) => c.parent_id!);
  const officer = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'wangguiling')
    .executeTakeFirstOrThrow();

  const started = process.hrtime.bigint();
  const rand = seededRandom(0x5eed_2026);
  const ids = new IdNumbers();
  const people: PersonRef[] = [];
  const residentIdByPhone = new Map<string, number>();

  await db.transaction().execute(async (trx) => {
    for (let from = 0; from < options.residents; from += batchSize) {
      const rows: NewResident[] = [];
      for (let i = from; i < Math.min(options.residents, from + batchSize); i++) {
        const { row, ref } = residentRow(rand, ids, i, compoundIds, cipher);
        rows.push(row);
        people.push(ref);
      }
      const inserted = await trx.insertInto('residents').values(rows).returning(['id', 'phone']).execute();
      for (const r of inserted) residentIdByPhone.set(r.phone, r.id);
      if (from > 0 && (from / batchSize) % 10 === 0) log(`  ${from.toLocaleString('en')} residents…`);
    }

    for (let from = 0; from < options.enterprises; from += batchSize) {
      const rows: NewEnterprise[] = [];
      for (let j = from; j < Math.min(options.enterprises, from + batchSize); j++) {
        const kind = pickType(rand);
        // Most owners are residents of the street (their enterprise sits in their community); some live elsewhere.
        const owner = people.length && rand.next() < 0.7 ? people[Math.floor(rand.next() * people.length)]! : null;
        const areaId = owner ? communityOfCompound[owner.compoundIndex]! : rand.pick(communities).id;
        const verified = rand.next() < 0.8;
        rows.push({
          area_id: areaId,
          name: `${rand.pick(TRADE_NAMES)}${rand.pick(kind.suffixes)}`,
          type: kind.type,
          credit_code: creditCode(kind.authority, j),
          owner_name: owner?.name ?? chineseName(rand, rand.next() < 0.5 ? 'female' : 'male'),
          owner_phone: owner?.phone ?? `199${String((j * 7919 + 7654321) % 100_000_000).padStart(8, '0')}`,
          owner_resident_id: owner ? residentIdByPhone.get(owner.phone)! : null,
          established_on: isoDate(rand.int(2000, 2025), rand.int(1, 12), rand.int(1, 28)),
          verified_at: verified ? new Date() : null,
          verified_by_user_id: verified ? officer.id : null,
        });
      }
      await trx.insertInto('enterprises').values(rows).execute();
    }
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;

  // Fresh statistics for the planner, and the visibility map autovacuum would have set on a table that has lived a while.
  const analyseStarted = process.hrtime.bigint();
  await sql`vacuum (analyze)`.execute(db);
  const analyseSeconds = Number(process.hrtime.bigint() - analyseStarted) / 1e9;

  return {
    residents: options.residents,
    enterprises: options.enterprises,
    compounds: compounds.length,
    communities: communities.length,
    seconds,
    analyseSeconds,
  };
}
