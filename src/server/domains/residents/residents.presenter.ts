import { maskPhone } from '../../../shared/validators';
import type { ResidentDetail, ResidentListItem } from '../../../shared/schemas/residents';
import type { ResidentDetailRow, ResidentListRow } from './residents.repository';

/** Phones and ID numbers leave the server masked; the full value only through an audited reveal. */
export function presentResident(row: ResidentListRow | ResidentDetailRow): ResidentListItem {
  return {
    id: row.id,
    name: row.name,
    gender: row.gender,
    birthDate: row.birth_date,
    phoneMasked: maskPhone(row.phone),
    idNumberMasked: row.id_number_masked,
    areaId: row.area_id,
    areaName: row.area_name,
    communityName: row.community_name,
    labels: row.labels as ResidentListItem['labels'],
  };
}

export function presentResidentDetail(row: ResidentDetailRow): ResidentDetail {
  return {
    ...presentResident(row),
    compoundId: row.area_level === 'compound' || row.area_level === 'community' ? row.area_id : null,
    hukouArea: row.hukou_area,
    createdAt: row.created_at.toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
    createdBy: row.created_by,
  };
}

/** The shape handed to the audit log, which keeps the personal fields' names only (AUDIT_FIELDS in platform/audit). */
export function auditShape(row: ResidentDetailRow) {
  return {
    personName: row.name,
    gender: row.gender,
    birthDate: row.birth_date,
    phone: row.phone,
    idNumber: row.id_number_masked,
    areaId: row.area_id,
    labels: row.labels,
    hukouArea: row.hukou_area,
  };
}
