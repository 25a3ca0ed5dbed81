/**
 * Training's part of the demo street (SPEC §3.6 scenarios): a 创业培训（SYB）course at the
 * 铁橛山路社区创贷驿站 that 陈鹏飞 completed with his certificate issued — which suggests
 * 职业技能培训补贴 to him through the benefits rules — and a sewing course for mothers at the
 * 就享家乐业服务站, full with a waitlist. Fixed serials and check-in codes keep the seed
 * deterministic (live ones are random, serials.ts).
 */
import type { Transaction } from 'kysely';
import type { SeedContext } from '../../core/domain-module';
import type { Database } from '../../db/types';
import { recordTrainingFacts } from '../benefits';
import * as repo from './training.repository';

type Trx = Transaction<Database>;

/** Mothers of 复兴社区 on the sewing course, with fixed demo phones; 周婷 is the training journey's trainee. */
export const TRAINING_PEOPLE = [
  { name: '刘芳', phone: '13900000070', birth: '1990-04-12', compound: '复兴社区A区', code: '270101' },
  { name: '王娟', phone: '13900000071', birth: '1987-10-03', compound: '复兴社区B区', code: '270102' },
  { name: '赵敏', phone: '13900000072', birth: '1992-01-27', compound: '复兴社区A区', code: '270103' },
  { name: '周婷', phone: '13900000073', birth: '1991-06-18', compound: '复兴社区B区', code: null },
] as const;

const at = (day: string, time = '09:00') => new Date(`${day}T${time}:00+08:00`);

async function staffId(trx: Trx, username: string) {
  return (await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}
async function residentId(trx: Trx, phone: string) {
  return (await trx.selectFrom('residents').select('id').where('phone', '=', phone).executeTakeFirstOrThrow()).id;
}

async function course(
  trx: Trx,
  station: string,
  values: Omit<Parameters<typeof repo.insertCourse>[1], 'area_id' | 'station_id'>,
  sessions: { day: string; hours: number; topic: string }[],
) {
  const s = await trx
    .selectFrom('stations')
    .select(['id', 'area_id'])
    .where('name', '=', station)
    .executeTakeFirstOrThrow();
  const { id } = await repo.insertCourse(trx, { ...values, area_id: s.area_id, station_id: s.id });
  const ids: number[] = [];
  for (const x of sessions)
    ids.push(
      (await repo.insertSession(trx, { course_id: id, starts_at: at(x.day), hours: x.hours, topic: x.topic })).id,
    );
  return { id, sessions: ids };
}

export async function seedTraining({ trx, areaId }: SeedContext): Promise<void> {
  const street = await staffId(trx, 'wangguiling');
  const agent = await staffId(trx, 'tiejuezhan01');

  // 创业培训（SYB） at 铁橛山路社区创贷驿站, which 陈鹏飞 completed in November
  const syb = await course(
    trx,
    '铁橛山路社区创贷驿站',
    {
      name: '创业培训（SYB）',
      kind: 'entrepreneurship',
      level: 'basic',
      summary: '从创业意识到创业计划书：评估自己、选择项目、测算资金，结业后可申请创业担保贷款。',
      trainer: '孙建国',
      capacity: 20,
      min_attendance_pct: 80,
      assessment_required: true,
      status: 'closed',
      created_by_user_id: street,
      created_at: at('2026-10-20'),
    },
    [
      { day: '2026-11-09', hours: 8, topic: '创业意识与自我评估' },
      { day: '2026-11-11', hours: 8, topic: '选择创业项目' },
      { day: '2026-11-13', hours: 8, topic: '市场评估与营销' },
      { day: '2026-11-16', hours: 8, topic: '资金测算与贷款' },
      { day: '2026-11-18', hours: 8, topic: '创业计划书' },
    ],
  );
  const chen = await residentId(trx, '13900000020');
  const { id: enrolment } = await trx
    .insertInto('training_enrolments')
    .values({
      course_id: syb.id,
      resident_id: chen,
      status: 'enrolled',
      check_in_code: '160716',
      assessment: 'passed',
      completed_at: at('2026-11-20', '16:00'),
      created_at: at('2026-10-22'),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await repo.setEnrolled(trx, syb.id, 1);
  for (const session of syb.sessions)
    await trx
      .insertInto('training_attendance')
      .values({
        enrolment_id: enrolment,
        session_id: session,
        recorded_by_user_id: agent,
        recorded_at: at('2026-11-20'),
      })
      .execute();
  await repo.insertCertificate(trx, {
    enrolment_id: enrolment,
    resident_id: chen,
    course_id: syb.id,
    serial: 'SYBTJSQ2Z6CPF7KM',
    hours: 40,
    issued_on: '2026-11-20',
  });
  await recordTrainingFacts(trx, chen, await repo.trainingFactsOf(trx, chen), at('2026-11-20', '16:00'));

  // 缝纫工（宝妈班） at 就享家乐业服务站: school hours, three seats, a waitlist
  const sewing = await course(
    trx,
    '就享家乐业服务站',
    {
      name: '缝纫工（宝妈班）',
      kind: 'sewing',
      level: 'basic',
      summary: '上课时间在孩子上学时段内，学会平缝机操作与简单成衣缝制，结业后推荐到附近微工厂。',
      trainer: '陈秀兰',
      capacity: 3,
      min_attendance_pct: 75,
      assessment_required: false,
      created_by_user_id: street,
      created_at: at('2026-11-25'),
    },
    [
      { day: '2026-12-14', hours: 3, topic: '认识平缝机与安全操作' },
      { day: '2026-12-16', hours: 3, topic: '直线与弧线缝制' },
      { day: '2026-12-18', hours: 3, topic: '口袋与拉链' },
      { day: '2026-12-21', hours: 3, topic: '简单成衣缝制' },
    ],
  );
  const mothers: number[] = [];
  for (const p of TRAINING_PEOPLE) {
    const { id } = await trx
      .insertInto('residents')
      .values({
        area_id: areaId(p.compound),
        name: p.name,
        gender: 'female',
        birth_date: p.birth,
        phone: p.phone,
        hukou_area: '青岛市黄岛区',
        labels: ['mother'],
        updated_at: at('2026-11-01'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    mothers.push(id);
  }
  // 刘芳 and 王娟 hold seats; 宋秀秀 the third; 赵敏 waits first in line
  const song = await residentId(trx, '13900000002');
  const seats: [number, 'enrolled' | 'waitlisted', string][] = [
    [mothers[0]!, 'enrolled', TRAINING_PEOPLE[0].code],
    [mothers[1]!, 'enrolled', TRAINING_PEOPLE[1].code],
    [song, 'enrolled', '270104'],
    [mothers[2]!, 'waitlisted', TRAINING_PEOPLE[2].code],
  ];
  for (const [resident, status, code] of seats)
    await trx
      .insertInto('training_enrolments')
      .values({
        course_id: sewing.id,
        resident_id: resident,
        status,
        check_in_code: code,
        created_at: at('2026-11-28'),
      })
      .execute();
  await repo.setEnrolled(trx, sewing.id, 3);
}
