/** Training's routes: the resident's courses and enrolments, the station's desk, the street's courses, public verification. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBody, idParam } from '../../../shared/schemas/common';
import * as s from '../../../shared/schemas/training';
import type { Role } from '../../../shared/enums';
import type { Deps } from '../../context';
import { actorContext, serviceContext } from '../../http/auth';
import {
  CERTIFICATE_READERS,
  COURSE_KEEPERS,
  COURSE_READERS,
  DESK_ROLES,
  REVOKERS,
  TRAINEES,
} from './training.permissions';
import * as service from './training.service';

const tags = ['training'];
const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const base = '/api/v1/training';

export async function trainingRoutes(app: FastifyInstance, deps: Deps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const as = (roles: readonly Role[]) => (request: FastifyRequest) => actorContext(request, deps, roles);
  const trainee = as(TRAINEES);
  const reader = as(COURSE_READERS);
  const keeper = as(COURSE_KEEPERS);
  const desk = as(DESK_ROLES);

  // the resident
  r.get(`${base}/open-courses`, { schema: { tags, response: { 200: s.courseList, ...errors } } }, (req) =>
    service.listOpenCourses(trainee(req)),
  );
  r.post(
    `${base}/courses/:id/enrolments`,
    { schema: { tags, params: idParam, response: { 200: s.myEnrolment, ...errors } } },
    (req) => service.enrol(trainee(req), req.params.id),
  );
  r.get(`${base}/my-enrolments`, { schema: { tags, response: { 200: s.myEnrolmentList, ...errors } } }, (req) =>
    service.listMyEnrolments(trainee(req)),
  );
  r.post(
    `${base}/my-enrolments/:id/cancel`,
    { schema: { tags, params: idParam, response: { 200: s.myEnrolment, ...errors } } },
    (req) => service.cancelEnrolment(trainee(req), req.params.id),
  );

  // the street and the stations
  r.get(`${base}/courses`, { schema: { tags, response: { 200: s.staffCourseList, ...errors } } }, (req) =>
    service.listCourses(reader(req)),
  );
  r.post(
    `${base}/courses`,
    { schema: { tags, body: s.createCourse, response: { 201: s.courseDetail, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createCourse(keeper(req), req.body)),
  );
  r.get(
    `${base}/courses/:id`,
    { schema: { tags, params: idParam, response: { 200: s.courseDetail, ...errors } } },
    (req) => service.getCourse(reader(req), req.params.id),
  );
  r.post(
    `${base}/courses/:id/sessions`,
    { schema: { tags, params: idParam, body: s.createSession, response: { 200: s.courseDetail, ...errors } } },
    (req) => service.addSession(desk(req), req.params.id, req.body),
  );
  r.post(
    `${base}/sessions/:id/attendance`,
    { schema: { tags, params: idParam, body: s.checkInBody, response: { 200: s.attendanceResult, ...errors } } },
    (req) => service.checkIn(desk(req), req.params.id, req.body.checkInCode),
  );
  r.post(
    `${base}/enrolments/:id/assessment`,
    { schema: { tags, params: idParam, body: s.assessmentBody, response: { 200: s.courseDetail, ...errors } } },
    (req) => service.recordAssessment(desk(req), req.params.id, req.body.result),
  );
  r.post(
    `${base}/certificates/:id/revoke`,
    { schema: { tags, params: idParam, body: s.revokeBody, response: { 200: s.certificateVerification, ...errors } } },
    (req) => service.revokeCertificate(as(REVOKERS)(req), req.params.id, req.body.reason),
  );

  // the certificate: its holder downloads it; anyone verifies it by the serial its QR code carries
  r.get(`${base}/certificates/:id/pdf`, { schema: { tags, params: idParam } }, async (req, reply) => {
    const origin = `${req.protocol}://${req.host}`;
    const { pdf, serial } = await service.certificatePdf(as(CERTIFICATE_READERS)(req), req.params.id, origin);
    reply.header('content-type', 'application/pdf');
    reply.header('content-disposition', `attachment; filename="certificate-${serial}.pdf"`);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('cache-control', 'private, no-store');
    return reply.send(pdf);
  });
  r.get(
    '/api/v1/public/certificates/:serial',
    { schema: { tags, params: s.serialParam, response: { 200: s.certificateVerification, ...errors } } },
    (req) => service.verify(serviceContext(req, deps), req.params.serial),
  );
}
