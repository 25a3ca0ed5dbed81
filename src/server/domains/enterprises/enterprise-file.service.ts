/**
 * An enterprise's whole file (SPEC §4): its posts and hires, its micro-factories
 * and their settlements by month, and the policies found for it, applied for and
 * awarded — each capability answering through its index.ts. Out of scope is 404;
 * the visit is audited.
 */
import type { EnterpriseFile } from '../../../shared/schemas/person-file';
import type { ActorContext } from '../../context';
import { notFound } from '../../core/app-error';
import { recordAudit } from '../../platform/audit';
import { benefitsEnterpriseFile } from '../benefits';
import { jobsEnterpriseFile } from '../jobs';
import { pieceworkEnterpriseFile } from '../piecework';
import { presentEnterprise } from './enterprises.presenter';
import * as repo from './enterprises.repository';

export async function getEnterpriseFile(ctx: ActorContext, id: number): Promise<EnterpriseFile> {
  const row = await repo.findEnterpriseInScope(ctx.db, ctx.actor, id);
  if (!row) throw notFound();
  const [jobs, piecework, benefits] = await Promise.all([
    jobsEnterpriseFile(ctx.db, id),
    pieceworkEnterpriseFile(ctx.db, id),
    benefitsEnterpriseFile(ctx.db, id),
  ]);
  await ctx.db
    .transaction()
    .execute((trx) =>
      recordAudit(trx, ctx, { action: 'enterprise.file_view', targetType: 'enterprise', targetId: id }),
    );
  return { enterprise: presentEnterprise(row), jobs, piecework, benefits };
}
