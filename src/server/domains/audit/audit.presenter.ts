interface AuditEventRow {
  id: number;
  at: Date;
  actor_user_id: number | null;
  actor_name: string | null;
  actor_role: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  ip: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  hash: string;
}

/** An audit event as the auditor reads it; the before/after images were masked when they were written. */
export function presentAuditEvent(e: AuditEventRow) {
  return {
    id: e.id,
    at: e.at.toISOString(),
    actorId: e.actor_user_id,
    actorName: e.actor_name,
    actorRole: e.actor_role,
    action: e.action,
    targetType: e.target_type,
    targetId: e.target_id,
    ip: e.ip,
    before: e.before,
    after: e.after,
    hash: e.hash,
  };
}
