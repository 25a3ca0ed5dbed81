/**
 * Training's dashboard figures (SPEC §3.7): residents enrolled in the street's courses (a seat taken,
 * not waiting or cancelled) and certificates issued and standing, each in the course's area.
 */
import { sql } from 'kysely';
import { shanghaiDay, type FigureDefinition, type FigureRange, type FigureRecordRow } from '../../core/figure';

const enrolled = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'enrolment:' || n.id as key, c.area_id, ${shanghaiDay('n.created_at')} as day, 1::bigint as amount,
    r.name as title, c.name as detail, '/staff/residents/' || n.resident_id || '/file' as link
  from training_enrolments n join training_courses c on c.id = n.course_id join residents r on r.id = n.resident_id
  where n.status = 'enrolled'
    and ${shanghaiDay('n.created_at')} >= ${from} and ${shanghaiDay('n.created_at')} < ${to}`;

const certified = ({ from, to }: FigureRange) => sql<FigureRecordRow>`
  select 'certificate:' || x.id as key, c.area_id, x.issued_on as day, 1::bigint as amount,
    r.name as title, c.name || ' · ' || x.hours || '学时' as detail, '/staff/residents/' || x.resident_id || '/file' as link
  from training_certificates x join training_courses c on c.id = x.course_id join residents r on r.id = x.resident_id
  where x.revoked_at is null and x.issued_on >= ${from} and x.issued_on < ${to}`;

export const trainingFigures: readonly FigureDefinition[] = [
  {
    id: 'training.enrolled',
    group: 'training',
    label: { 'zh-CN': '培训·报名人数', en: 'Training: enrolled' },
    unit: 'count',
    additive: true,
    records: enrolled,
  },
  {
    id: 'training.certified',
    group: 'training',
    label: { 'zh-CN': '培训·结业发证', en: 'Training: certificates' },
    unit: 'count',
    additive: true,
    records: certified,
  },
];
