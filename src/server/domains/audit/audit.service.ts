/** The auditor's reading of the audit log (the chain itself is written by platform/audit.ts). */
import type { ActorContext } from '../../context';
import { verifyAuditChain } from '../../platform/audit';
import { presentAuditEvent } from './audit.presenter';
import { listAuditEvents } from './audit.repository';

export async function listEvents(ctx: ActorContext, q: Parameters<typeof listAuditEvents>[1]) {
  const { rows, total } = await listAuditEvents(ctx.db, q);
  return { items: rows.map(presentAuditEvent), total, page: q.page, pageSize: q.pageSize };
}

/** Walks the whole hash chain; the answer names the first event whose hash does not follow. */
export function verifyChain(ctx: ActorContext) {
  return verifyAuditChain(ctx.db);
}
