/**
 * A person's whole file (一人一档, SPEC §4): an officer in scope opens one page
 * gathering what every capability keeps about a resident. Each capability
 * answers through its index.ts; this service checks the scope, puts the
 * sections together, lists every 代办 an officer did for the resident, and
 * audits the visit. Out of scope is 404, as for the resident's record.
 */
import type { z } from 'zod';
import type { fileAssisted, ResidentFile } from '../../../shared/schemas/person-file';
import type { ActorContext } from '../../context';
import { notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { noticesOfResident } from '../../platform/notifications';
import { benefitsResidentFile } from '../benefits';
import { jobsResidentFile } from '../jobs';
import { organisationsResidentFile } from '../organisations';
import { pieceworkResidentFile } from '../piecework';
import { listConsents, presentConsent } from './personal-data.service';
import { presentResidentDetail } from './residents.presenter';
import * as repo from './residents.repository';

type Assisted = z.infer<typeof fileAssisted>;
const PIECEWORK_ASSISTED = ['factory_join', 'pay_acknowledgement'] as const;

export async function getResidentFile(ctx: ActorContext, id: number): Promise<ResidentFile> {
  const row = await repo.findResidentInScope(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  const [consents, jobs, piecework, benefits, notices, specialist] = await Promise.all([
    listConsents(ctx, id),
    jobsResidentFile(ctx.db, id),
    pieceworkResidentFile(ctx.db, id),
    benefitsResidentFile(ctx.db, id),
    noticesOfResident(ctx.db, id, ctx.actor.locale),
    organisationsResidentFile(ctx.db, id),
  ]);
  const assisted: Assisted[] = [
    ...jobs.applications.flatMap((a) =>
      a.assistedBy
        ? [
            {
              kind: 'job_application' as const,
              recordId: a.id,
              what: a.postTitle,
              officer: a.assistedBy,
              at: a.createdAt,
            },
          ]
        : [],
    ),
    ...benefits.applications.flatMap((a) =>
      a.onBehalfBy
        ? [
            {
              kind: 'benefit_application' as const,
              recordId: a.id,
              what: a.policyTitle,
              officer: a.onBehalfBy,
              at: a.createdAt,
            },
          ]
        : [],
    ),
    ...benefits.visits
      .filter((v) => v.outcome === 'applied_on_site' || v.outcome === 'data_collected')
      .map((v) => ({
        kind: 'visit' as const,
        recordId: v.campaignId,
        what: v.policyTitle,
        officer: v.officer,
        at: v.at,
      })),
    // micro-factory 代办 leaves its trace as the consent the officer recorded (a join, a day's pay acknowledged)
    ...consents.flatMap((c) => {
      const kind = PIECEWORK_ASSISTED.find((k) => k === c.purpose);
      if (!kind || c.method === 'in_app') return [];
      const scope = (c.scope ?? {}) as { factoryName?: string; workDate?: string };
      const what = [scope.factoryName, kind === 'pay_acknowledgement' ? scope.workDate : undefined]
        .filter(Boolean)
        .join(' ');
      return [
        {
          kind,
          recordId: c.id,
          what,
          officer: c.recorded_by,
          at: c.granted_at.toISOString(),
        },
      ];
    }),
  ].sort((a, b) => b.at.localeCompare(a.at));
  await ctx.db
    .transaction()
    .execute((trx) => recordAudit(trx, ctx, { action: 'resident.file_view', targetType: 'resident', targetId: id }));
  return {
    resident: presentResidentDetail(row),
    consents: consents.map((c) => {
      const { scope: _scope, ...rest } = presentConsent(c);
      void _scope;
      return rest;
    }),
    jobs,
    piecework,
    benefits,
    notices,
    assisted,
    specialist,
  };
}
