/**
 * Benefits (政策): the street keeps the catalog, runs campaigns and pays batches (maker ≠ checker);
 * officers review applications and log door visits in their areas; a resident applies for herself and
 * her enterprises and sees only her own applications.
 */
import { allowed, type MatrixRow } from '../authorisation-matrix';
import { staff } from '../http-client';
import { areaSubjects, type World } from './world';

const STAFF = ['community_officer', 'street_officer'] as const;
const APPLY = ['resident', 'community_officer', 'street_officer'] as const;

export async function benefitsRows(w: World): Promise<MatrixRow[]> {
  const policy = await w.id(`select id from benefit_policies where code = 'startup-once'`);
  const automatic = await w.id(`select id from benefit_policies where mode = 'automatic' order by id limit 1`);
  const copyPolicy = (area: number, code: string) =>
    w.id(
      `insert into benefit_policies (area_id, code, title, category, target, summary, benefit, mode, draft_rule, created_by_user_id)
       select $1, $2, title, category, target, summary, benefit, mode, draft_rule, created_by_user_id
         from benefit_policies where id = $3 returning id`,
      [area, code, automatic],
    );
  const street = await w.id(`select id from areas where name = '珠海街道'`);
  const { rows } = await w.t.adminQuery(`select draft_rule, target from benefit_policies where id = $1`, [policy]);
  const { draft_rule: rule, target: policyTarget } = rows[0];
  // A small upload, as the web form sends it.
  const boundary = '----matrix';
  const upload = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="material"\r\n\r\nbusiness_licence\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="licence.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 matrix\r\n--${boundary}--\r\n`,
  );
  const draft = await copyPolicy(street, 'matrix-draft');
  const elsewherePolicy = await copyPolicy(w.elsewhere.street, 'matrix-elsewhere');

  // A batch prepared by the street's other officer, so the matrix's street officer may check it.
  const liuyan = await staff(w.t, 'liuyan');
  const prepared = await liuyan.post('/api/v1/benefits/batches', { kind: 'automatic', policyId: automatic });
  if (prepared.status !== 201) throw new Error(`prepare a batch: ${prepared.status} ${JSON.stringify(prepared.body)}`);
  const batch = Number(prepared.body.id);
  const item = await w.id(`select id from benefit_batch_items where batch_id = $1 order by id limit 1`, [batch]);
  const elsewhereBatch = await w.id(
    `insert into benefit_payment_batches (area_id, kind, policy_id, policy_version, item_count, total_fen, status, prepared_by_user_id, prepared_at)
     values ($1, 'applications', null, null, 1, 100, 'prepared', 1, now()) returning id`,
    [w.elsewhere.street],
  );
  const elsewhereItem = await w.id(
    `insert into benefit_batch_items (batch_id, resident_id, area_id, community_id, amount_fen, facts)
     values ($1, $2, $3, $3, 100, '{}') returning id`,
    [elsewhereBatch, w.elsewhere.resident, w.elsewhere.community],
  );

  const campaign = await w.id(`select id from benefit_campaigns order by id limit 1`);
  await w.t.adminQuery(
    `insert into benefit_policy_versions (policy_id, version, rule, published_by_user_id)
     select $1, version, rule, published_by_user_id from benefit_policy_versions v
      where (v.policy_id, v.version) = (select policy_id, policy_version from benefit_campaigns where id = $2)`,
    [elsewherePolicy, campaign],
  );
  const elsewhereCampaign = await w.id(
    `insert into benefit_campaigns (policy_id, policy_version, area_id, status, created_by_user_id)
     select $1, policy_version, $2, 'open', created_by_user_id from benefit_campaigns where id = $3 returning id`,
    [elsewherePolicy, w.elsewhere.street, campaign],
  );
  const target = (community: string) =>
    w.id(
      `select t.id from benefit_campaign_targets t join areas a on a.id = t.community_id where a.name = $1 order by t.id limit 1`,
      [community],
    );
  const elsewhereTarget = await w.id(
    `insert into benefit_campaign_targets (campaign_id, resident_id, area_id, community_id, kind)
     values ($1, $2, $3, $3, 'visit') returning id`,
    [elsewhereCampaign, w.elsewhere.resident, w.elsewhere.community],
  );
  const application = (enterprise: number) =>
    w.id(`select id from benefit_applications where enterprise_id = $1 order by id limit 1`, [enterprise]);
  const tiejueApplication = await w.id(
    `select b.id from benefit_applications b join areas a on a.id = b.area_id
      where a.path like (select path from areas where name = '铁橛山路社区') || '%' order by b.id limit 1`,
  );
  const jinhuaApplication = await application(w.enterprises.jinhua);
  const applicationOf = {
    other: { inScope: { id: jinhuaApplication }, outOfScope: { id: tiejueApplication } },
    street_officer: { inScope: { id: tiejueApplication }, outOfScope: { id: w.missing } },
  };
  const ofStreet = (inScope: number, outOfScope: number) => ({
    other: { inScope: { id: inScope }, outOfScope: { id: outOfScope } },
  });
  const B = '/api/v1/benefits';
  return [
    { method: 'GET', path: `${B}/policies`, expect: allowed(APPLY) },
    {
      method: 'POST',
      path: `${B}/policies`,
      patch: { code: 'matrix-new', target: policyTarget, rule },
      expect: allowed(['street_officer'], 201),
    },
    // A draft of another street is nobody's here.
    { method: 'GET', path: `${B}/policies/{id}`, subjects: ofStreet(policy, elsewherePolicy), expect: allowed(APPLY) },
    {
      method: 'PATCH',
      path: `${B}/policies/{id}`,
      subjects: ofStreet(draft, elsewherePolicy),
      body: {},
      expect: allowed(['street_officer']),
    },
    {
      method: 'POST',
      path: `${B}/policies/{id}/publish`,
      subjects: ofStreet(draft, elsewherePolicy),
      expect: allowed(['street_officer']),
    },
    {
      method: 'POST',
      path: `${B}/policies/{id}/withdraw`,
      subjects: ofStreet(draft, elsewherePolicy),
      expect: allowed(['street_officer']),
    },
    {
      method: 'GET',
      path: `${B}/policies/{id}/versions`,
      subjects: ofStreet(policy, elsewherePolicy),
      expect: allowed(STAFF),
    },
    { method: 'POST', path: `${B}/rules/preview`, patch: { target: policyTarget, rule }, expect: allowed(STAFF) },
    {
      method: 'GET',
      path: `${B}/policies/{id}/evaluate`,
      residentAs: 'owner',
      subjects: ofStreet(policy, elsewherePolicy),
      expect: allowed(APPLY),
      authorised: ['400 VALIDATION_FAILED'],
    },
    { method: 'GET', path: `${B}/for-me`, expect: allowed(['resident']) },
    {
      method: 'POST',
      path: `${B}/applications`,
      residentAs: 'owner',
      expect: allowed(APPLY, 201),
      authorised: ['400 VALIDATION_FAILED', '409 DUPLICATE_APPLICATION'],
    },
    { method: 'GET', path: `${B}/applications`, residentAs: 'owner', expect: allowed(APPLY) },
    {
      method: 'GET',
      path: `${B}/applications/{id}`,
      residentAs: 'owner',
      subjects: applicationOf,
      expect: allowed(APPLY),
    },
    {
      method: 'POST',
      path: `${B}/applications/{id}/actions`,
      residentAs: 'owner',
      subjects: applicationOf,
      expect: allowed(APPLY),
      authorised: ['409 INVALID_TRANSITION'],
    },
    {
      method: 'POST',
      path: `${B}/applications/{id}/materials`,
      residentAs: 'owner',
      subjects: applicationOf,
      body: upload,
      contentType: `multipart/form-data; boundary=${boundary}`,
      expect: allowed(APPLY),
      authorised: ['409 INVALID_TRANSITION'],
    },
    {
      method: 'GET',
      path: `${B}/applications/{id}/materials/{materialId}`,
      residentAs: 'owner',
      subjects: {
        other: {
          inScope: { id: jinhuaApplication, materialId: w.missing },
          outOfScope: { id: tiejueApplication, materialId: w.missing },
        },
      },
      expect: allowed(APPLY, 404),
    },
    { method: 'GET', path: `${B}/batches`, expect: allowed(['street_officer']) },
    {
      method: 'POST',
      path: `${B}/batches`,
      body: { kind: 'automatic', policyId: automatic },
      expect: allowed(['street_officer'], 201),
    },
    {
      method: 'GET',
      path: `${B}/batches/{id}`,
      subjects: ofStreet(batch, elsewhereBatch),
      expect: allowed(['street_officer']),
    },
    {
      method: 'POST',
      path: `${B}/batches/{id}/recipients/{itemId}/exclude`,
      subjects: {
        other: { inScope: { id: batch, itemId: item }, outOfScope: { id: elsewhereBatch, itemId: elsewhereItem } },
      },
      body: { exclusionReason: '已在其他街道领取' },
      expect: allowed(['street_officer']),
    },
    {
      method: 'POST',
      path: `${B}/batches/{id}/confirm`,
      subjects: ofStreet(batch, elsewhereBatch),
      expect: allowed(['street_officer']),
    },
    {
      method: 'GET',
      path: `${B}/policies/{id}/automatic-preview`,
      subjects: ofStreet(automatic, elsewherePolicy),
      expect: allowed(['street_officer']),
    },
    { method: 'GET', path: `${B}/campaigns`, expect: allowed(STAFF) },
    {
      method: 'POST',
      path: `${B}/campaigns`,
      body: { policyId: policy },
      expect: allowed(['street_officer'], 201),
    },
    {
      method: 'GET',
      path: `${B}/campaigns/{id}`,
      subjects: ofStreet(campaign, elsewhereCampaign),
      expect: allowed(STAFF),
    },
    {
      method: 'POST',
      path: `${B}/campaigns/{id}/close`,
      subjects: ofStreet(campaign, elsewhereCampaign),
      expect: allowed(['street_officer']),
      authorised: ['409 CAMPAIGN_CLOSED'],
    },
    {
      method: 'PUT',
      path: `${B}/residents/{id}/facts`,
      subjects: areaSubjects('id', w.residents.zhangLi, w.residents.chenPengfei, w.elsewhere.resident),
      expect: allowed(STAFF),
    },
    { method: 'GET', path: `${B}/tasks`, expect: allowed(STAFF) },
    {
      method: 'POST',
      path: `${B}/tasks/{id}/visits`,
      subjects: areaSubjects('id', await target('复兴社区'), await target('铁橛山路社区'), elsewhereTarget),
      expect: allowed(STAFF),
      authorised: ['409 CAMPAIGN_CLOSED'],
    },
  ];
}
