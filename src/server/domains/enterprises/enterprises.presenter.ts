import type { Enterprise } from '../../../shared/schemas/enterprises';
import { maskPhone } from '../../../shared/validators';
import type { EnterpriseListRow } from './enterprises.repository';

export function presentEnterprise(row: EnterpriseListRow): Enterprise {
  return {
    id: row.id,
    name: row.name,
    creditCode: row.credit_code,
    type: row.type,
    areaId: row.area_id,
    areaName: row.area_name,
    communityName: row.community_name,
    ownerName: row.owner_name,
    ownerPhoneMasked: maskPhone(row.owner_phone),
    verified: row.verified_at !== null,
    establishedOn: row.established_on,
    createdAt: row.created_at.toISOString(),
  };
}

export function auditShape(row: EnterpriseListRow) {
  return {
    name: row.name,
    creditCode: row.credit_code,
    type: row.type,
    areaId: row.area_id,
    ownerName: row.owner_name,
    ownerPhone: row.owner_phone,
    establishedOn: row.established_on,
    verified: row.verified_at !== null,
  };
}
