/** Rows → responses. Phones are masked; ID numbers never leave except masked in the payroll sheet. */
import type {
  Factory,
  NearbyFactory,
  OwnedFactory,
  PieceRecord,
  Product,
  Settlement,
  SettlementLine,
  Venue,
  Worker,
} from '../../../shared/schemas/piecework';
import { effectiveHourlyFen, rateOn } from '../../../shared/schemas/piecework-rules';
import { carriedE4, floorCheck, minutesPresentAt } from './settlement-rule';
import { maskPhone } from '../../../shared/validators';
import type {
  FactoryRow,
  LineRow,
  ProductRow,
  RecordRow,
  SettlementRow,
  VenueRow,
  WorkerRow,
} from './piecework.repository';
import { STATE_NAME } from './piecework.repository';

const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : d);

export function presentVenue(r: VenueRow): Venue {
  return {
    id: r.id,
    areaId: r.area_id,
    areaName: r.area_name,
    address: r.address,
    areaSqm: r.area_sqm,
    ownerName: r.owner_name,
    ownerPhoneMasked: r.owner_phone ? maskPhone(r.owner_phone) : null,
    status: r.status,
    createdAt: iso(r.created_at)!,
  };
}

export function presentFactory(r: FactoryRow): Factory {
  return {
    id: r.id,
    name: r.name,
    areaId: r.area_id,
    areaName: r.area_name,
    communityName: r.community_name,
    enterpriseId: r.enterprise_id,
    operatorName: r.operator_name,
    venueId: r.venue_id,
    venueAddress: r.venue_address,
    industry: r.industry as Factory['industry'],
    workstations: r.workstations,
    openingHours: r.opening_hours,
    status: r.status,
    verified: r.verified_at !== null,
    workerCount: r.worker_count,
    createdAt: iso(r.created_at)!,
  };
}

export function presentOwnedFactory(r: FactoryRow): OwnedFactory {
  return { ...presentFactory(r), inviteCode: r.invite_code };
}

export function presentNearby(r: FactoryRow): NearbyFactory {
  const f = presentFactory(r);
  return {
    id: f.id,
    name: f.name,
    industry: f.industry,
    areaName: f.areaName,
    communityName: f.communityName,
    openingHours: f.openingHours,
    workstations: f.workstations,
    workerCount: f.workerCount,
  };
}

export function presentProduct(r: ProductRow, day: string): Product {
  return { id: r.id, name: r.name, unit: r.unit, active: r.active, rateE4: rateOn(r.rates, day), rates: r.rates };
}

export function presentWorker(r: WorkerRow, now: Date): Worker {
  return {
    id: r.id,
    residentId: r.resident_id,
    name: r.name,
    phoneMasked: maskPhone(r.phone),
    joinedOn: r.joined_on,
    presence: {
      state: r.state ?? 'none',
      minutesPresent: r.state
        ? minutesPresentAt({ state: r.state, minutesPresent: r.minutes_present ?? 0, since: r.since }, now)
        : 0,
    },
  };
}

export function presentRecord(r: RecordRow): PieceRecord {
  return {
    id: r.id,
    workerId: r.worker_id,
    workerName: r.worker_name,
    productId: r.product_id,
    productName: r.product_name,
    workDate: r.work_date,
    quantity: r.quantity,
    rateE4: r.rate_e4,
    state: STATE_NAME[r.state],
    selfReported: r.self_reported,
    reversesId: r.reverses_id,
    reversed: r.reversed,
    createdAt: iso(r.created_at)!,
  };
}

export function presentSettlement(r: SettlementRow): Settlement {
  return {
    id: r.id,
    factoryId: r.factory_id,
    factoryName: r.factory_name,
    workDate: r.work_date,
    status: r.status,
    totalFen: r.total_fen,
    workerCount: r.worker_count,
    flaggedCount: r.flagged_count,
    payMethod: r.pay_method,
    payReference: r.pay_reference,
    confirmedAt: iso(r.confirmed_at),
    paidAt: iso(r.paid_at),
    createdAt: iso(r.created_at)!,
  };
}

export function presentLine(r: LineRow): SettlementLine {
  return {
    id: r.id,
    settlementId: r.settlement_id,
    workerId: r.worker_id,
    workerName: r.worker_name,
    workDate: r.work_date,
    quantity: r.quantity,
    items: r.items,
    dayAmountE4: r.day_amount_e4,
    adjustmentE4: r.adjustment_e4,
    amountFen: r.amount_fen,
    carriedE4: carriedE4(r.day_amount_e4, r.adjustment_e4),
    minutesPresent: r.minutes_present,
    neverCheckedIn: r.minutes_present === null,
    effectiveHourlyFen: effectiveHourlyFen(r.amount_fen, r.minutes_present),
    floorFenPerHour: r.floor_fen_per_hour,
    belowFloor: r.below_floor,
    floorCheck: floorCheck(r.below_floor, r.minutes_present),
    status: r.status,
    disputeReason: r.dispute_reason,
    resolutionNote: r.resolution_note,
  };
}

export function presentLineWithFactory(
  r: LineRow,
): SettlementLine & { factoryName: string; settlementStatus: LineRow['settlement_status'] } {
  // the line's own object, extended (a worker's month presents some thirty at a time)
  return Object.assign(presentLine(r), { factoryName: r.factory_name, settlementStatus: r.settlement_status });
}
