/**
 * Micro-factories: officers see venues, factories and wages in their areas; an owner acts for her own
 * factory; a worker for her own lines; 代办 (assisted) routes act for a resident in the officer's areas.
 */
import { randomUUID } from 'node:crypto';
import { allowed, type MatrixRow, type Who } from '../authorisation-matrix';
import { areaSubjects, type World } from './world';

const STAFF = ['community_officer', 'street_officer'] as const;
const OWNER_OR_STAFF = ['resident', 'community_officer', 'street_officer'] as const;

export async function pieceworkRows(w: World): Promise<MatrixRow[]> {
  const elsewhereVenue = await w.id(
    `insert into venues (area_id, address, area_sqm, owner_name, created_by_user_id)
     values ($1, '矩阵路1号', 60, '矩阵', 1) returning id`,
    [w.elsewhere.community],
  );
  const elsewhereFactory = await w.id(
    `insert into micro_factories (area_id, enterprise_id, name, industry, workstations, invite_code, status, created_by_user_id)
     select $1, $2, '矩阵微工厂', industry, 5, 'MATRIX99CODE', 'operating', 1 from micro_factories order by id limit 1 returning id`,
    [w.elsewhere.community, w.elsewhere.enterprise],
  );
  const jinhua = await w.id(`select id from micro_factories where name = '金花粉扑包装微工厂'`); // 复兴社区, 窦金花's
  const tiejue = await w.id(`select id from micro_factories where name = '铁橛山食品分装微工厂'`); // 铁橛山路社区
  const venueJinhua = await w.id(`select venue_id as id from micro_factories where id = $1`, [jinhua]);
  const venueTiejue = await w.id(`select venue_id as id from micro_factories where id = $1`, [tiejue]);
  const product = (factory: number) =>
    w.id(`select id from factory_products where factory_id = $1 order by id limit 1`, [factory]);
  const record = (factory: number) =>
    w.id(`select id from piece_records where factory_id = $1 order by id desc limit 1`, [factory]);
  const settlement = (factory: number) =>
    w.id(`select id from settlements where factory_id = $1 order by id desc limit 1`, [factory]);
  // 宋秀秀 works at 金花; a worker of 铁橛山 is someone else.
  const songLine = await w.id(
    `select l.id from settlement_lines l join factory_workers fw on fw.id = l.worker_id
      where fw.resident_id = $1 order by l.id desc limit 1`,
    [w.residents.songXiuxiu],
  );
  const tiejueLine = await w.id(`select id from settlement_lines where factory_id = $1 order by id desc limit 1`, [
    tiejue,
  ]);
  const tiejueWorker = await w.id(
    `select fw.resident_id as id from settlement_lines l join factory_workers fw on fw.id = l.worker_id where l.id = $1`,
    [tiejueLine],
  );

  const factory = {
    other: { inScope: { id: jinhua }, outOfScope: { id: tiejue } },
    street_officer: { inScope: { id: tiejue }, outOfScope: { id: elsewhereFactory } },
  };
  const settlementOf = {
    other: { inScope: { id: await settlement(jinhua) }, outOfScope: { id: await settlement(tiejue) } },
    street_officer: { inScope: { id: await settlement(tiejue) }, outOfScope: { id: w.missing } },
  };
  const ownFactory = { other: { inScope: { id: jinhua }, outOfScope: { id: tiejue } } };
  const person = areaSubjects('residentId', w.residents.songXiuxiu, w.residents.chenPengfei, w.elsewhere.resident);
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const P = '/api/v1/piecework';
  const selfReport = { factoryId: jinhua, productId: await product(jinhua), workDate: today, quantity: 3 };
  return [
    { method: 'GET', path: `${P}/venues`, expect: allowed(STAFF) },
    {
      method: 'POST',
      path: `${P}/venues`,
      patch: { areaId: await w.id(`select area_id as id from venues where id = $1`, [venueJinhua]) },
      expect: allowed(STAFF, 201),
    },
    {
      method: 'PATCH',
      path: `${P}/venues/{id}`,
      subjects: areaSubjects('id', venueJinhua, venueTiejue, elsewhereVenue),
      body: { status: 'in_use' },
      expect: allowed(STAFF),
    },
    { method: 'GET', path: `${P}/factories`, expect: allowed(STAFF) },
    {
      method: 'POST',
      path: `${P}/factories`,
      residentAs: 'owner',
      expect: allowed(['resident'], 201),
    },
    {
      method: 'GET',
      path: `${P}/factories/{id}`,
      residentAs: 'owner',
      subjects: factory,
      expect: allowed(OWNER_OR_STAFF),
    },
    {
      method: 'PATCH',
      path: `${P}/factories/{id}`,
      residentAs: 'owner',
      subjects: ownFactory,
      body: {},
      expect: allowed(['resident']),
    },
    { method: 'GET', path: `${P}/venues/available`, residentAs: 'owner', expect: allowed(['resident']) },
    {
      method: 'POST',
      path: `${P}/factories/{id}/verify`,
      subjects: { other: factory.street_officer },
      body: { verified: true },
      expect: allowed(['street_officer']),
    },
    { method: 'GET', path: `${P}/my-factories`, residentAs: 'owner', expect: allowed(['resident']) },
    {
      method: 'GET',
      path: `${P}/my-factories/{id}`,
      residentAs: 'owner',
      subjects: ownFactory,
      expect: allowed(['resident']),
    },
    { method: 'GET', path: `${P}/nearby-factories`, expect: allowed(['resident']) },
    {
      method: 'GET',
      path: `${P}/factories/{id}/products`,
      residentAs: 'owner',
      subjects: factory,
      expect: allowed(OWNER_OR_STAFF),
    },
    {
      method: 'POST',
      path: `${P}/factories/{id}/products`,
      residentAs: 'owner',
      subjects: ownFactory,
      patch: { rate: '0.1200', effectiveFrom: today },
      expect: allowed(['resident'], 201),
    },
    {
      method: 'POST',
      path: `${P}/products/{id}/rates`,
      residentAs: 'owner',
      subjects: { other: { inScope: { id: await product(jinhua) }, outOfScope: { id: await product(tiejue) } } },
      body: { rate: '0.1300', effectiveFrom: today },
      expect: allowed(['resident'], 201),
    },
    {
      method: 'GET',
      path: `${P}/factories/{id}/workers`,
      residentAs: 'owner',
      subjects: factory,
      expect: allowed(OWNER_OR_STAFF),
    },
    {
      method: 'GET',
      path: `${P}/invites/{code}`,
      // An invite code is the capability: an unknown one is 404.
      subjects: { other: { inScope: { code: 'DEMO01COSMET' }, outOfScope: { code: 'NOSUCHCODE01' } } },
      expect: allowed(['resident']),
    },
    {
      method: 'POST',
      path: `${P}/join`,
      body: { inviteCode: 'DEMO01COSMET', consent: true },
      expect: allowed(['resident']),
    },
    {
      method: 'GET',
      path: `${P}/factories/{id}/day`,
      residentAs: 'owner',
      subjects: ownFactory,
      query: { date: today },
      expect: allowed(['resident']),
    },
    {
      method: 'POST',
      path: `${P}/factories/{id}/records/batch`,
      residentAs: 'owner',
      subjects: ownFactory,
      expect: allowed(['resident']),
    },
    {
      method: 'POST',
      path: `${P}/records/{id}/approve`,
      residentAs: 'owner',
      subjects: { other: { inScope: { id: await record(jinhua) }, outOfScope: { id: await record(tiejue) } } },
      expect: allowed(['resident']),
      authorised: ['409 RECORD_NOT_PENDING'],
    },
    {
      method: 'POST',
      path: `${P}/records/{id}/reject`,
      residentAs: 'owner',
      subjects: { other: { inScope: { id: await record(jinhua) }, outOfScope: { id: await record(tiejue) } } },
      expect: allowed(['resident']),
      authorised: ['409 RECORD_NOT_PENDING'],
    },
    {
      method: 'POST',
      path: `${P}/factories/{id}/presence`,
      residentAs: 'owner',
      subjects: ownFactory,
      expect: allowed(['resident']),
      authorised: ['400 VALIDATION_FAILED'],
    },
    {
      method: 'POST',
      path: `${P}/factories/{id}/settlements`,
      residentAs: 'owner',
      subjects: ownFactory,
      body: { workDate: today },
      expect: allowed(['resident'], 201),
    },
    {
      method: 'GET',
      path: `${P}/factories/{id}/settlements`,
      residentAs: 'owner',
      subjects: factory,
      expect: allowed(OWNER_OR_STAFF),
    },
    {
      method: 'GET',
      path: `${P}/settlements/{id}`,
      residentAs: 'owner',
      subjects: settlementOf,
      expect: allowed(OWNER_OR_STAFF),
    },
    {
      method: 'POST',
      path: `${P}/settlements/{id}/confirm`,
      residentAs: 'owner',
      subjects: settlementOf,
      expect: allowed(['resident']),
      authorised: ['409 SETTLEMENT_STEP_REFUSED'],
    },
    {
      method: 'POST',
      path: `${P}/settlements/{id}/pay`,
      residentAs: 'owner',
      subjects: settlementOf,
      expect: allowed(['resident']),
      authorised: ['409 SETTLEMENT_STEP_REFUSED'],
    },
    {
      method: 'POST',
      path: `${P}/settlement-lines/{id}/acknowledge`,
      residentAs: 'worker',
      subjects: { other: { inScope: { id: songLine }, outOfScope: { id: tiejueLine } } },
      expect: allowed(['resident']),
    },
    {
      method: 'GET',
      path: `${P}/assisted/{residentId}/join`,
      subjects: person,
      // 金花 is in both officers' areas: the resident decides the answer
      query: { factoryId: String(jinhua) },
      expect: allowed(STAFF),
    },
    {
      method: 'POST',
      path: `${P}/assisted/{residentId}/join`,
      subjects: person,
      body: (who: Who) => ({ factoryId: who === 'street_officer' ? tiejue : jinhua, consentMethod: 'paper' }),
      expect: allowed(STAFF),
    },
    { method: 'GET', path: `${P}/assisted/{residentId}/lines`, subjects: person, expect: allowed(STAFF) },
    {
      method: 'POST',
      path: `${P}/assisted/{residentId}/lines/{lineId}/acknowledge`,
      subjects: {
        other: {
          inScope: { residentId: w.residents.songXiuxiu, lineId: songLine },
          outOfScope: { residentId: tiejueWorker, lineId: tiejueLine },
        },
        street_officer: {
          inScope: { residentId: tiejueWorker, lineId: tiejueLine },
          outOfScope: { residentId: w.elsewhere.resident, lineId: w.missing },
        },
      },
      expect: allowed(STAFF),
    },
    {
      method: 'POST',
      path: `${P}/settlement-lines/{id}/dispute`,
      residentAs: 'worker',
      subjects: { other: { inScope: { id: songLine }, outOfScope: { id: tiejueLine } } },
      expect: allowed(['resident']),
      authorised: ['409 SETTLEMENT_STEP_REFUSED'],
    },
    {
      method: 'POST',
      path: `${P}/settlement-lines/{id}/resolve`,
      residentAs: 'owner',
      subjects: {
        other: { inScope: { id: songLine }, outOfScope: { id: tiejueLine } },
        street_officer: { inScope: { id: tiejueLine }, outOfScope: { id: w.missing } },
      },
      expect: allowed(OWNER_OR_STAFF),
      authorised: ['409 SETTLEMENT_STEP_REFUSED'],
    },
    {
      method: 'GET',
      path: `${P}/factories/{id}/payroll.xlsx`,
      residentAs: 'owner',
      subjects: ownFactory,
      query: { month: today.slice(0, 7) },
      expect: allowed(['resident']),
    },
    { method: 'GET', path: `${P}/me`, residentAs: 'worker', expect: allowed(['resident']) },
    {
      method: 'GET',
      path: `${P}/me/statement`,
      residentAs: 'worker',
      query: { month: today.slice(0, 7) },
      expect: allowed(['resident']),
    },
    {
      method: 'POST',
      path: `${P}/me/records`,
      residentAs: 'worker',
      // A fresh key each time: the key of another route's plausible body would be refused as reused.
      body: () => ({ ...selfReport, clientKey: randomUUID() }),
      expect: allowed(['resident']),
    },
    {
      method: 'POST',
      path: `${P}/me/presence`,
      residentAs: 'worker',
      expect: allowed(['resident']),
    },
    { method: 'GET', path: `${P}/wages`, query: { from: today, to: today }, expect: allowed(STAFF) },
    { method: 'POST', path: `${P}/ledger-checks`, expect: allowed(['street_officer']) },
  ];
}
