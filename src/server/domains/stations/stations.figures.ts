/**
 * The stations domain's dashboard figures (SPEC §3.7): appointments served, the residents'
 * satisfaction (ratings of 4 or 5 among all) and how much of the places offered were booked, each
 * counted in the station's area, so by community and month; the records name the station.
 */
import { sql } from 'kysely';
import { shanghaiDay, type FigureDefinition, type FigureRange, type FigureRecordRow } from '../../core/figure';

/** The rating that counts as satisfied: 4 (满意) or 5 (非常满意) of five. */
const SATISFIED_FROM = 4;

const served = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'appointment:' || p.id as key, s.area_id, ${shanghaiDay('p.served_at')} as day, 1::bigint as amount,
    s.name as title, x.service as detail, '/staff/stations/' || s.id as link
  from station_appointments p join station_slots x on x.id = p.slot_id join stations s on s.id = p.station_id
  where p.status = 'served' and ${shanghaiDay('p.served_at')} >= ${from} and ${shanghaiDay('p.served_at')} < ${to}`;

// Every rating counts where its owner is: a station's area, or a decision's community.
const ratings = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'rating:' || r.id as key, r.area_id, ${shanghaiDay('r.created_at')} as day,
    (r.score >= ${SATISFIED_FROM})::int::bigint as amount, 1::bigint as base,
    coalesce(s.name, a.name) as title, '评分 ' || r.score || ' / 5' as detail,
    coalesce('/staff/stations/' || s.id, '/staff/stations/follow-ups') as link
  from station_ratings r join areas a on a.id = r.area_id left join stations s on s.id = r.station_id
  where ${shanghaiDay('r.created_at')} >= ${from} and ${shanghaiDay('r.created_at')} < ${to}`;

const places = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'slot:' || x.id as key, s.area_id, x.day, x.booked::bigint as amount, x.capacity::bigint as base,
    s.name as title, x.service || ' ' || to_char(x.starts, 'HH24:MI') || ' · ' || x.booked || '/' || x.capacity as detail,
    '/staff/stations/' || s.id as link
  from station_slots x join stations s on s.id = x.station_id
  where x.day >= ${from} and x.day < ${to}`;

export const stationsFigures: readonly FigureDefinition[] = [
  {
    id: 'stations.served',
    group: 'stations',
    label: { 'zh-CN': '驿站预约·已服务', en: 'Station appointments served' },
    unit: 'count',
    additive: true,
    records: served,
  },
  {
    id: 'stations.satisfaction',
    group: 'stations',
    label: { 'zh-CN': '服务满意率', en: 'Satisfaction with services' },
    unit: 'permille',
    additive: false,
    records: ratings,
  },
  {
    id: 'stations.capacity-use',
    group: 'stations',
    label: { 'zh-CN': '驿站预约号源使用率', en: 'Station places booked' },
    unit: 'permille',
    additive: false,
    records: places,
  },
];
