/**
 * Training: residents enrol in the open courses of their own street and read only their own
 * enrolments and certificates; officers read the courses at the stations they reach, a station's
 * agent her own station's; the street puts courses on and revokes certificates; the station's desk
 * (its agent, the street standing in) adds sessions, checks trainees in and records assessments.
 * Anyone verifies a certificate by its serial.
 */
import { allowed, everyone, type MatrixRow } from '../authorisation-matrix';
import type { World } from './world';

const READERS = ['community_officer', 'street_officer', 'station_agent'] as const;
const DESK = ['station_agent', 'street_officer'] as const;

export async function trainingRows(w: World): Promise<MatrixRow[]> {
  const fuxing = await w.id(`select id from areas where name = '复兴社区'`);
  const station = (area: number, name: string) =>
    w.id(
      `insert into stations (area_id, name, kind, address) values ($1, $2, 'community_point', '矩阵') returning id`,
      [area, name],
    );
  const stations = {
    fuxing: await station(fuxing, '矩阵复兴培训点'),
    paifang: await w.id(`select id from stations where name = '牌坊街创贷驿站'`),
    tiejue: await w.id(`select id from stations where name = '铁橛山路社区创贷驿站'`),
    elsewhere: await station(w.elsewhere.community, '矩阵街道培训点'),
  };
  const course = (stationId: number) =>
    w.id(
      `insert into training_courses (area_id, station_id, name, kind, level, trainer, capacity, min_attendance_pct, assessment_required)
       select area_id, id, '矩阵课程', 'sewing', 'basic', '矩阵', 50, 80, false from stations where id = $1 returning id`,
      [stationId],
    );
  const courses = {
    fuxing: await course(stations.fuxing),
    paifang: await course(stations.paifang),
    tiejue: await course(stations.tiejue),
    elsewhere: await course(stations.elsewhere),
  };
  const session = (courseId: number) =>
    w.id(
      `insert into training_sessions (course_id, starts_at, hours, topic) values ($1, '2026-12-20T09:00:00+08', 2, '矩阵') returning id`,
      [courseId],
    );
  let code = 100000;
  const enrol = async (courseId: number, residentId: number) => {
    await w.t.adminQuery(`update training_courses set enrolled = enrolled + 1 where id = $1`, [courseId]);
    return w.id(
      `insert into training_enrolments (course_id, resident_id, status, check_in_code) values ($1, $2, 'enrolled', $3) returning id`,
      [courseId, residentId, String(++code)],
    );
  };
  let serial = 0;
  const certify = async (courseId: number, residentId: number) => {
    const enrolment = await enrol(courseId, residentId);
    await w.t.adminQuery(`update training_enrolments set completed_at = now() where id = $1`, [enrolment]);
    return w.id(
      `insert into training_certificates (enrolment_id, resident_id, course_id, serial, hours, issued_on)
       values ($1, $2, $3, $4, 2, '2026-12-20') returning id`,
      [enrolment, residentId, courseId, `MATRIXSERIALA${'BCDEFG'[serial++]}AA`],
    );
  };
  const { zhangLi, songXiuxiu } = w.residents;
  const certs = {
    fuxing: await certify(courses.fuxing, zhangLi),
    paifang: await certify(courses.paifang, zhangLi),
    elsewhere: await certify(courses.elsewhere, w.elsewhere.resident),
    revokeHere: await certify(courses.tiejue, songXiuxiu),
    revokeElsewhere: await certify(courses.elsewhere, songXiuxiu),
  };
  const enrolments = {
    mine: await enrol(courses.tiejue, zhangLi),
    fuxing: await enrol(courses.fuxing, songXiuxiu),
    paifang: await enrol(courses.paifang, songXiuxiu),
    elsewhere: await enrol(courses.elsewhere, w.residents.jinhua),
  };
  const sessions = {
    fuxing: await session(courses.fuxing),
    paifang: await session(courses.paifang),
    elsewhere: await session(courses.elsewhere),
  };
  // by course: the community officer's community vs another street; the agent's own station vs another
  const byCourse = <T extends Record<'fuxing' | 'paifang' | 'elsewhere', number>>(ids: T) => ({
    other: { inScope: { id: ids.fuxing }, outOfScope: { id: ids.elsewhere } },
    station_agent: { inScope: { id: ids.paifang }, outOfScope: { id: ids.fuxing } },
  });
  const base = '/api/v1/training';
  return [
    { method: 'GET', path: `${base}/open-courses`, expect: allowed(['resident']) },
    {
      method: 'POST',
      path: `${base}/courses/{id}/enrolments`,
      subjects: byCourse(courses),
      expect: allowed(['resident']),
    },
    { method: 'GET', path: `${base}/my-enrolments`, expect: allowed(['resident']) },
    {
      method: 'POST',
      path: `${base}/my-enrolments/{id}/cancel`,
      subjects: { other: { inScope: { id: enrolments.mine }, outOfScope: { id: enrolments.elsewhere } } },
      expect: allowed(['resident']),
    },
    { method: 'GET', path: `${base}/courses`, expect: allowed(READERS) },
    {
      method: 'POST',
      path: `${base}/courses`,
      patch: { stationId: stations.tiejue, minAttendancePct: 80, capacity: 10 },
      expect: allowed(['street_officer'], 201),
    },
    { method: 'GET', path: `${base}/courses/{id}`, subjects: byCourse(courses), expect: allowed(READERS) },
    {
      method: 'POST',
      path: `${base}/courses/{id}/sessions`,
      subjects: byCourse(courses),
      patch: { startsAt: '2026-12-21T09:00:00+08:00', hours: 2, topic: '矩阵课时' },
      expect: allowed(DESK),
    },
    {
      method: 'POST',
      path: `${base}/sessions/{id}/attendance`,
      subjects: byCourse(sessions),
      patch: { checkInCode: '999999' },
      authorised: ['409 TRAINING_CODE_UNKNOWN'],
      expect: allowed(DESK),
    },
    {
      method: 'POST',
      path: `${base}/enrolments/{id}/assessment`,
      subjects: byCourse(enrolments),
      patch: { result: 'failed' },
      expect: allowed(DESK),
    },
    {
      method: 'GET',
      path: `${base}/certificates/{id}/pdf`,
      subjects: {
        ...byCourse(certs),
        resident: { inScope: { id: certs.fuxing }, outOfScope: { id: certs.elsewhere } },
      },
      expect: allowed(['resident', ...READERS]),
    },
    {
      method: 'POST',
      path: `${base}/certificates/{id}/revoke`,
      subjects: { other: { inScope: { id: certs.revokeHere }, outOfScope: { id: certs.revokeElsewhere } } },
      patch: { reason: '矩阵撤销' },
      expect: allowed(['street_officer']),
    },
    {
      method: 'GET',
      path: '/api/v1/public/certificates/{serial}',
      subjects: { other: { inScope: { serial: 'MATRIXSERIALABAA' }, outOfScope: { serial: 'MATRIXSERIALABAA' } } },
      expect: everyone(200),
    },
  ];
}
