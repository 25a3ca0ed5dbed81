/** Benefits rows → responses; phones leave the server masked. */
import type { RuleNode } from '../../../shared/benefits-rules';
import type { Benefit, Eligibility, Policy } from '../../../shared/schemas/benefits';
import { maskPhone } from '../../../shared/validators';
import type { ApplicationRow, CampaignRow, PolicyRow, TaskRow } from './benefits.repository';

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function presentPolicy(row: PolicyRow): Policy {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    category: row.category,
    target: row.target,
    summary: row.summary,
    benefit: row.benefit as Benefit,
    legalBasis: row.legal_basis,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    mode: row.mode,
    materials: row.materials,
    stationId: row.station_id,
    stationName: row.station_name,
    faq: row.faq,
    status: row.status,
    version: row.current_version,
    rule: row.draft_rule as RuleNode,
    publishedRule: (row.published_rule as RuleNode | null) ?? null,
    updatedAt: iso(row.updated_at),
  };
}

export function presentApplication(row: ApplicationRow) {
  return {
    id: row.id,
    policyId: row.policy_id,
    policyTitle: row.policy_title,
    policyVersion: row.policy_version,
    subject: {
      kind: row.resident_id ? ('person' as const) : ('enterprise' as const),
      id: (row.resident_id ?? row.enterprise_id)!,
      name: row.subject_name,
    },
    areaName: row.area_name,
    communityName: row.community_name,
    status: row.status,
    onBehalf: row.on_behalf,
    submittedBy: row.submitted_by,
    suggestedAmountFen: row.suggested_amount_fen,
    amountFen: row.amount_fen,
    reason: row.reason,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export function presentSnapshot(row: ApplicationRow) {
  return { facts: row.facts as Record<string, unknown>, eligibility: row.eligibility as Eligibility };
}

export function presentCampaign(
  row: CampaignRow,
  funnel: { qualified: number; unknown: number; notified: number; visited: number; applied: number; awarded: number },
) {
  return {
    id: row.id,
    policyId: row.policy_id,
    policyTitle: row.policy_title,
    policyVersion: row.policy_version,
    status: row.status,
    createdBy: row.display_name,
    createdAt: iso(row.created_at),
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    funnel,
  };
}

export function presentTask(row: TaskRow) {
  return {
    id: row.id,
    campaignId: row.campaign_id,
    policyTitle: row.policy_title,
    kind: row.kind,
    subject: {
      kind: row.resident_id ? ('person' as const) : ('enterprise' as const),
      id: (row.resident_id ?? row.enterprise_id)!,
      name: row.name,
    },
    phoneMasked: row.phone ? maskPhone(row.phone) : null,
    areaName: row.area_name,
    communityName: row.community_name,
    missing: row.missing,
    notifiedAt: row.notified_at ? iso(row.notified_at) : null,
    visits: row.visits.map((v) => ({
      outcome: v.outcome as 'interested',
      note: v.note,
      officer: v.officer,
      at: iso(v.at),
    })),
    applicationStatus: row.application_status,
    applicationId: row.application_id,
    closedBy: row.awarded
      ? ('awarded' as const)
      : row.applied
        ? ('applied' as const)
        : row.visits.length > 0
          ? ('visited' as const)
          : row.campaign_status === 'closed'
            ? ('campaign_closed' as const)
            : null,
  };
}
