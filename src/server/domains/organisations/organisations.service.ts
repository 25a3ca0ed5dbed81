/**
 * The street's organisations (扩充微组织, SPEC §3.6): the registry, members, contacts (a phone
 * revealed only with a reason, audited) and the activities each hosts — its own list, ADR 0075.
 * Every write is audited in its transaction; a record out of the caller's areas answers 404.
 */
import type { z } from 'zod';
import type { ActorContext } from '../../context';
import { AppError, FieldError, notFound } from '../../core/app-error';
import { areaInScope } from '../../http/scope';
import { recordAudit } from '../../platform/audit';
import type * as s from '../../../shared/schemas/organisations';
import * as repo from './organisations.repository';
import { presentDetail, presentOrganisation, presentRosterResident } from './organisations.presenter';

const orgScope = (ctx: ActorContext) => areaInScope('o.area_id', ctx.actor);

export async function listOrganisations(ctx: ActorContext) {
  const rows = await repo.organisationRows(ctx.db, orgScope(ctx));
  return { items: rows.map(presentOrganisation) };
}

export async function getOrganisation(ctx: ActorContext, id: number) {
  const [row] = await repo.organisationRows(ctx.db, orgScope(ctx), [id]);
  if (!row) throw notFound();
  const [members, contacts, activities] = await Promise.all([
    repo.membersOf(ctx.db, id),
    repo.contactsOf(ctx.db, id),
    repo.activitiesOf(ctx.db, id),
  ]);
  return presentDetail(row, members, contacts, activities);
}

/** An organisation is held by the street or one of its communities, inside the caller's areas; a resent key answers the first. */
export async function createOrganisation(ctx: ActorContext, input: z.infer<typeof s.createOrganisation>) {
  const earlier = await repo.organisationByKey(ctx.db, ctx.actor.userId, input.clientKey);
  if (earlier) return getOrganisation(ctx, earlier.id);
  const area = await repo.areaInfo(ctx.db, input.areaId, areaInScope('a.id', ctx.actor));
  if (!area) throw new FieldError('areaId', 'not_in_scope');
  if (area.level !== 'street' && area.level !== 'community') throw new FieldError('areaId', 'invalid');
  const id = await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertOrganisation(trx, {
      area_id: area.id,
      name: input.organisationName,
      kind: input.kind,
      summary: input.introduction,
      public: input.public,
      created_by_user_id: ctx.actor.userId,
      client_key: input.clientKey,
    });
    if (!row) throw new AppError('ORGANISATION_NAME_TAKEN');
    await recordAudit(trx, ctx, {
      action: 'organisation.create',
      targetType: 'organisation',
      targetId: row.id,
      after: { areaId: area.id, name: input.organisationName, kind: input.kind, public: input.public },
    });
    return row.id;
  });
  return getOrganisation(ctx, id);
}

async function reached(ctx: ActorContext, id: number) {
  const [row] = await repo.organisationRows(ctx.db, orgScope(ctx), [id]);
  if (!row) throw notFound();
  return row;
}

/** Who may be added to an organisation: residents and enterprises of the caller's areas, by name. */
export async function memberCandidates(ctx: ActorContext, id: number, q: string) {
  await reached(ctx, id);
  const found = await repo.memberCandidates(ctx.db, q, areaInScope('r.area_id', ctx.actor), 20);
  return {
    residents: found.residents.map(presentRosterResident),
    enterprises: found.enterprises.map((e) => ({ id: e.id, name: e.name, areaName: e.area_name })),
  };
}

/**
 * A resident or an enterprise joins with a role and a date. Whoever joins lives (or trades)
 * in the caller's areas; adding one already a member changes nothing (a resent request).
 */
export async function addMember(ctx: ActorContext, id: number, input: z.infer<typeof s.addMember>) {
  await reached(ctx, id);
  if (input.residentId !== undefined) {
    const found = await repo.residentArea(ctx.db, input.residentId, areaInScope('r.area_id', ctx.actor));
    if (!found) throw new FieldError('residentId', 'not_in_scope');
  } else {
    const found = await repo.enterpriseArea(ctx.db, input.enterpriseId!, areaInScope('r.area_id', ctx.actor));
    if (!found) throw new FieldError('enterpriseId', 'not_in_scope');
  }
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertMember(trx, {
      organisation_id: id,
      resident_id: input.residentId ?? null,
      enterprise_id: input.enterpriseId ?? null,
      role: input.role,
      joined_on: input.joinedOn,
      added_by_user_id: ctx.actor.userId,
    });
    if (row)
      await recordAudit(trx, ctx, {
        action: 'organisation.member.add',
        targetType: 'organisation',
        targetId: id,
        after: {
          memberId: row.id,
          residentId: input.residentId ?? null,
          enterpriseId: input.enterpriseId ?? null,
          role: input.role,
          joinedOn: input.joinedOn,
        },
      });
  });
  return getOrganisation(ctx, id);
}

export async function removeMember(ctx: ActorContext, id: number, memberId: number) {
  await reached(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const gone = await repo.deleteMember(trx, id, memberId);
    if (!gone) return; // removed already: a resent request changes nothing
    await recordAudit(trx, ctx, {
      action: 'organisation.member.remove',
      targetType: 'organisation',
      targetId: id,
      before: { memberId, residentId: gone.resident_id, enterpriseId: gone.enterprise_id },
    });
  });
  return getOrganisation(ctx, id);
}

/** A contact's phone is kept whole and shown masked; the same phone added again updates the name and role. */
export async function addContact(ctx: ActorContext, id: number, input: z.infer<typeof s.addContact>) {
  await reached(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertContact(trx, { organisation_id: id, ...input });
    await recordAudit(trx, ctx, {
      action: 'organisation.contact.save',
      targetType: 'organisation',
      targetId: id,
      after: { contactId: row.id, role: input.role, phone: input.phone },
    });
  });
  return getOrganisation(ctx, id);
}

/** The whole number of a contact, for a reason the log keeps (SPEC §2: every reveal audited). */
export async function revealContact(ctx: ActorContext, id: number, contactId: number, reason: string) {
  await reached(ctx, id);
  const contact = await repo.findContact(ctx.db, id, contactId);
  if (!contact) throw notFound();
  await recordAudit(ctx.db, ctx, {
    action: 'organisation.contact.reveal',
    targetType: 'organisation',
    targetId: id,
    after: { contactId, fields: ['phone'], reason },
  });
  return { phone: contact.phone };
}

export async function addActivity(ctx: ActorContext, id: number, input: z.infer<typeof s.addActivity>) {
  await reached(ctx, id);
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.insertActivity(trx, {
      organisation_id: id,
      title: input.title,
      held_on: input.heldOn,
      place: input.place,
    });
    await recordAudit(trx, ctx, {
      action: 'organisation.activity.save',
      targetType: 'organisation',
      targetId: id,
      after: { activityId: row.id, ...input },
    });
  });
  return getOrganisation(ctx, id);
}
