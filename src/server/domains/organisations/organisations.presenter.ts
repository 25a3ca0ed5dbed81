/** Organisations and rosters: rows → responses; contacts' and residents' phones leave masked. */
import { maskPhone } from '../../../shared/validators';
import type * as repo from './organisations.repository';

export function presentOrganisation(r: repo.OrganisationRow) {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    areaId: r.area_id,
    areaName: r.area_name,
    public: r.public,
    members: r.members,
    contacts: r.contacts,
  };
}

export function presentDetail(
  r: repo.OrganisationRow,
  members: Awaited<ReturnType<typeof repo.membersOf>>,
  contacts: Awaited<ReturnType<typeof repo.contactsOf>>,
  activities: Awaited<ReturnType<typeof repo.activitiesOf>>,
) {
  return {
    ...presentOrganisation(r),
    introduction: r.summary,
    memberList: members.map((m) => ({
      id: m.id,
      kind: m.resident_id !== null ? ('resident' as const) : ('enterprise' as const),
      name: m.resident_name ?? m.enterprise_name ?? '',
      role: m.role,
      joinedOn: m.joined_on,
    })),
    contactList: contacts.map((c) => ({ id: c.id, name: c.name, role: c.role, phone: maskPhone(c.phone) })),
    activities: activities.map((a) => ({ id: a.id, title: a.title, heldOn: a.held_on, place: a.place })),
  };
}

export function presentRosterResident(r: { id: number; name: string; phone: string; area_name: string }) {
  return { id: r.id, name: r.name, phone: maskPhone(r.phone), areaName: r.area_name };
}
