import { describe, expect, it } from 'vitest';
import { Client, resident, staff } from '../../../../tests/support/http-client';
import { useTestApp } from '../../../../tests/support/test-app';

const t = useTestApp();
const one = async (text: string, values: unknown[] = []) => (await t.adminQuery(text, values)).rows[0];

describe('the demo street', () => {
  it("holds 陈鹏飞's completed SYB course, his certificate and the training subsidy it suggests; the sewing course has a waitlist", async () => {
    const cert = await one(
      `select t.serial, t.hours, c.name from training_certificates t join training_courses c on c.id = t.course_id
         join residents r on r.id = t.resident_id where r.phone = '13900000020'`,
    );
    expect(cert).toEqual({ serial: 'SYBTJSQ2Z6CPF7KM', hours: 40, name: '创业培训（SYB）' });
    const suggestion = await one(
      `select s.trigger, s.reason from benefit_suggestions s join benefit_policies p on p.id = s.policy_id
         join residents r on r.id = s.resident_id where p.code = 'training-subsidy' and r.phone = '13900000020'`,
    );
    expect(suggestion.trigger).toBe('training');
    expect(suggestion.reason).toContain('已结业基础培训学时');
    const sewing = await one(
      `select c.enrolled, c.capacity, count(*) filter (where e.status = 'waitlisted')::int as waiting
         from training_courses c join training_enrolments e on e.course_id = c.id where c.name = '缝纫工（宝妈班）' group by c.id`,
    );
    expect(sewing).toEqual({ enrolled: 3, capacity: 3, waiting: 1 });
    const page = await new Client(t.app).get('/api/v1/public/certificates/SYBTJSQ2Z6CPF7KM');
    expect(page.body).toMatchObject({ holderName: '陈**', status: 'valid', issuedOn: '2026-11-20' });
  });
});

describe('training: a course, its waitlist, attendance, completion and the certificate', () => {
  let courseId: number;
  let sessions: number[];
  let zhang: Client;
  let song: Client;
  let songEnrolment: { id: number; checkInCode: string };
  let certificate: { id: number; serial: string };

  it('the street puts a course on at a station; the station adds its sessions, another station cannot', async () => {
    const street = await staff(t, 'wangguiling');
    const station = (await one(`select id from stations where name = '铁橛山路社区创贷驿站'`)).id as number;
    const created = await street.post('/api/v1/training/courses', {
      stationId: station,
      name: '测试课程（SYB）',
      kind: 'entrepreneurship',
      level: 'basic',
      trainer: '王老师',
      capacity: 1,
      minAttendancePct: 80,
      assessmentRequired: true,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ enrolled: 0, capacity: 1, stationName: '铁橛山路社区创贷驿站', roster: [] });
    courseId = created.body.id;

    const bad = await street.post('/api/v1/training/courses', { ...created.body, id: undefined });
    expect(bad.status).toBe(400);

    const agent = await staff(t, 'tiejuezhan01');
    for (const [startsAt, topic] of [
      ['2026-12-01T09:00:00+08:00', '创业意识'],
      ['2026-12-02T09:00:00+08:00', '创业计划书'],
    ] as const) {
      const res = await agent.post(`/api/v1/training/courses/${courseId}/sessions`, { startsAt, hours: 4, topic });
      expect(res.status).toBe(200);
    }
    const other = await staff(t, 'paifang01');
    expect(
      (
        await other.post(`/api/v1/training/courses/${courseId}/sessions`, {
          startsAt: '2026-12-03T09:00:00+08:00',
          hours: 4,
          topic: 'x',
        })
      ).status,
    ).toBe(404);
    const detail = await agent.get(`/api/v1/training/courses/${courseId}`);
    expect(detail.body.totalHours).toBe(8);
    sessions = detail.body.sessions.map((s: { id: number }) => s.id);
    expect(sessions).toHaveLength(2);
    // a community officer of another community does not reach it
    expect((await staff(t, 'fuxing01').then((c) => c.get(`/api/v1/training/courses/${courseId}`))).status).toBe(404);
  });

  it('a seat while there is one, then the waitlist; enrolling again answers the same enrolment', async () => {
    zhang = await resident(t, '13900000001');
    song = await resident(t, '13900000002');
    const open = await zhang.get('/api/v1/training/open-courses');
    expect(open.body.items.map((c: { id: number }) => c.id)).toContain(courseId);

    const first = await zhang.post(`/api/v1/training/courses/${courseId}/enrolments`);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ status: 'enrolled', waitlistPosition: null });
    expect(first.body.checkInCode).toMatch(/^\d{6}$/);
    const again = await zhang.post(`/api/v1/training/courses/${courseId}/enrolments`);
    expect(again.body.id).toBe(first.body.id);

    const second = await song.post(`/api/v1/training/courses/${courseId}/enrolments`);
    expect(second.body).toMatchObject({ status: 'waitlisted', waitlistPosition: 1 });
    songEnrolment = second.body;
    expect((await one('select enrolled from training_courses where id = $1', [courseId])).enrolled).toBe(1);

    // someone else's enrolment is not hers to cancel
    expect((await song.post(`/api/v1/training/my-enrolments/${first.body.id}/cancel`)).status).toBe(404);

    // 张丽 gives her seat back: 宋秀秀 moves up in the same transaction
    const cancelled = await zhang.post(`/api/v1/training/my-enrolments/${first.body.id}/cancel`);
    expect(cancelled.body.status).toBe('cancelled');
    const mine = await song.get('/api/v1/training/my-enrolments');
    expect(mine.body.items[0]).toMatchObject({ id: songEnrolment.id, status: 'enrolled', waitlistPosition: null });
    expect((await one('select enrolled from training_courses where id = $1', [courseId])).enrolled).toBe(1);

    // she hears of it in her inbox, in her language, and by SMS, once
    const inbox = await song.get('/api/v1/notifications');
    const notice = inbox.body.items.find((n: { kind: string }) => n.kind === 'training.waitlist.promoted');
    expect(notice.title).toBe('候补转正：测试课程（SYB）');
    const sms = await t.adminQuery(
      `select params from sms_outbox where phone = '13900000002' and template = 'training_promoted'`,
    );
    expect(sms.rows).toEqual([{ params: { name: '宋秀秀', course: '测试课程（SYB）' } }]);
    // cancelling again moves nobody and tells nobody twice
    await zhang.post(`/api/v1/training/my-enrolments/${first.body.id}/cancel`);
    expect((await t.adminQuery(`select 1 from sms_outbox where template = 'training_promoted'`)).rowCount).toBe(1);
  });

  it('attendance by the check-in code the agent types; a repeat records nothing; a wrong code is refused', async () => {
    const agent = await staff(t, 'tiejuezhan01');
    const url = `/api/v1/training/sessions/${sessions[0]}/attendance`;
    const wrong = String((Number(songEnrolment.checkInCode) + 1) % 1_000_000).padStart(6, '0');
    const refused = await agent.post(url, { checkInCode: wrong });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('TRAINING_CODE_UNKNOWN');
    expect((await agent.post(url, { checkInCode: '12a' })).status).toBe(400);

    const checked = await agent.post(url, { checkInCode: songEnrolment.checkInCode });
    expect(checked.body).toEqual({
      enrolmentId: songEnrolment.id,
      residentName: '宋**',
      attendedHours: 4,
      completed: false,
      recorded: true,
    });
    expect((await agent.post(url, { checkInCode: songEnrolment.checkInCode })).body).toMatchObject({
      attendedHours: 4,
      recorded: false,
    });
    const second = await agent.post(`/api/v1/training/sessions/${sessions[1]}/attendance`, {
      checkInCode: songEnrolment.checkInCode,
    });
    // all the hours, but the course asks for an assessment too
    expect(second.body).toMatchObject({ attendedHours: 8, completed: false });
  });

  it('the assessment passed completes the enrolment, issues a certificate and hands the hours to the policies', async () => {
    const agent = await staff(t, 'tiejuezhan01');
    const res = await agent.post(`/api/v1/training/enrolments/${songEnrolment.id}/assessment`, { result: 'passed' });
    expect(res.status).toBe(200);
    const entry = res.body.roster.find((e: { enrolmentId: number }) => e.enrolmentId === songEnrolment.id);
    expect(entry).toMatchObject({ residentName: '宋**', phone: '139****0002', attendedPct: 100, completed: true });
    expect(entry.certificate.serial).toMatch(/^[A-Z2-7]{16}$/);
    certificate = entry.certificate;
    expect(res.body.completed).toBe(1);

    const facts = await one(
      `select pf.basic_training_hours, pf.training_certificates from person_facts pf
         join residents r on r.id = pf.resident_id where r.phone = '13900000002'`,
    );
    expect(facts).toEqual({ basic_training_hours: 8, training_certificates: 1 });
    const issued = await one(
      `select count(*)::int as n from audit_events where action = 'training.certificate.issue' and target_id = $1`,
      [String(certificate.id)],
    );
    expect(issued.n).toBe(1);
  });

  it('the holder downloads her certificate; another resident cannot; the public page verifies it', async () => {
    const mine = await song.get('/api/v1/training/my-enrolments');
    expect(mine.body.items[0]).toMatchObject({ completed: true, certificate: { serial: certificate.serial } });
    const pdf = await song.get(`/api/v1/training/certificates/${certificate.id}/pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(String(pdf.body).startsWith('%PDF-')).toBe(true);
    expect((await zhang.get(`/api/v1/training/certificates/${certificate.id}/pdf`)).status).toBe(404);

    const anyone = new Client(t.app);
    const verified = await anyone.get(`/api/v1/public/certificates/${certificate.serial}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      serial: certificate.serial,
      holderName: '宋**',
      courseName: '测试课程（SYB）',
      hours: 8,
      status: 'valid',
      revokedOn: null,
    });
    // a forged serial of the right shape, a malformed one: both simply not found
    const forged = certificate.serial.startsWith('A')
      ? `B${certificate.serial.slice(1)}`
      : `A${certificate.serial.slice(1)}`;
    expect((await anyone.get(`/api/v1/public/certificates/${forged}`)).status).toBe(404);
    expect((await anyone.get(`/api/v1/public/certificates/not-a-serial`)).status).toBe(404);
  });

  it('the street revokes it, audited; the page then says revoked, and it can be neither downloaded nor revoked again', async () => {
    const community = await staff(t, 'tiejue01');
    expect(
      (await community.post(`/api/v1/training/certificates/${certificate.id}/revoke`, { reason: '材料不实' })).status,
    ).toBe(403);
    const street = await staff(t, 'wangguiling');
    const revoked = await street.post(`/api/v1/training/certificates/${certificate.id}/revoke`, { reason: '材料不实' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.status).toBe('revoked');
    const again = await street.post(`/api/v1/training/certificates/${certificate.id}/revoke`, { reason: '再次' });
    expect(again.body.error.code).toBe('CERTIFICATE_REVOKED');
    const page = await new Client(t.app).get(`/api/v1/public/certificates/${certificate.serial}`);
    expect(page.body.status).toBe('revoked');
    expect((await song.get(`/api/v1/training/certificates/${certificate.id}/pdf`)).status).toBe(409);
    const facts = await one(
      `select pf.training_certificates from person_facts pf join residents r on r.id = pf.resident_id where r.phone = '13900000002'`,
    );
    expect(facts.training_certificates).toBe(0);
    const audit = await one(
      `select after from audit_events where action = 'training.certificate.revoke' and target_id = $1`,
      [String(certificate.id)],
    );
    expect(audit.after).toMatchObject({ revoked: true });
  });
});

describe('a skill certificate pays more', () => {
  it('completing a skill course suggests 职业技能等级证书补贴 (¥1,500 a certificate); a basic course does not', async () => {
    const street = await staff(t, 'wangguiling');
    const station = (await one(`select id from stations where name = '就享家乐业服务站'`)).id as number;
    const created = await street.post('/api/v1/training/courses', {
      stationId: station,
      name: '育婴员（技能班）',
      kind: 'childcare',
      level: 'skill',
      trainer: '李老师',
      capacity: 5,
      minAttendancePct: 0,
      assessmentRequired: true,
    });
    expect(created.status).toBe(201);
    const li = await resident(t, '13900000030');
    const enrolment = await li.post(`/api/v1/training/courses/${created.body.id}/enrolments`);
    expect(enrolment.body.status).toBe('enrolled');
    const suggestion = () =>
      one(
        `select s.trigger, s.reason, p.legal_basis from benefit_suggestions s join benefit_policies p on p.id = s.policy_id
           join residents r on r.id = s.resident_id where p.code = 'skill-certificate-subsidy' and r.phone = $1`,
        ['13900000030'],
      );
    const withSession = await street.post(`/api/v1/training/courses/${created.body.id}/sessions`, {
      startsAt: '2026-12-03T09:00:00+08:00',
      hours: 4,
      topic: '婴儿护理',
    });
    await street.post(`/api/v1/training/sessions/${withSession.body.sessions[0].id}/attendance`, {
      checkInCode: enrolment.body.checkInCode,
    });
    expect(await suggestion()).toBeUndefined();
    const passed = await street.post(`/api/v1/training/enrolments/${enrolment.body.id}/assessment`, {
      result: 'passed',
    });
    expect(passed.body.roster[0]).toMatchObject({ completed: true, certificate: expect.objectContaining({}) });
    const facts = await one(
      `select f.skill_certificates, f.training_certificates from person_facts f join residents r on r.id = f.resident_id
        where r.phone = '13900000030'`,
    );
    expect(facts).toEqual({ skill_certificates: 1, training_certificates: 1 });
    const s = await suggestion();
    expect(s.trigger).toBe('training');
    expect(s.reason).toContain('有效技能培训证书数');
    expect(s.legal_basis).toContain('职业技能等级证书补贴');
    // 陈鹏飞's SYB certificate is of a basic course: hours, not a skill certificate
    const chen = await one(
      `select count(*)::int as n from benefit_suggestions s join benefit_policies p on p.id = s.policy_id
         join residents r on r.id = s.resident_id where p.code = 'skill-certificate-subsidy' and r.phone = '13900000020'`,
    );
    expect(chen.n).toBe(0);
  });
});
