import { App, Button, Card, Form, Input, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe, useWorksAtDesk } from '../../../lib/auth';
import { useCheckInTrainee } from '../api/check-in-trainee';
import type { CourseDetail } from '../api/contracts';
import { useCourse } from '../api/get-course';
import { useRecordAssessment } from '../api/record-assessment';
import { useRevokeCertificate } from '../api/revoke-certificate';

type Trainee = CourseDetail['roster'][number];
type Session = CourseDetail['sessions'][number];

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** A course's desk: check trainees in by their codes, record assessments, see completion; the street revokes. */
export function StaffCoursePage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const course = useCourse(id);
  const role = useMe().data?.role;
  const desk = useWorksAtDesk();
  const assess = useRecordAssessment();
  const revoke = useRevokeCertificate();
  const { message, modal } = App.useApp();
  const c = course.data;
  const columns: TableColumnsType<Trainee> = [
    { title: t('training.staff.trainee'), dataIndex: 'residentName' },
    { title: t('training.staff.phone'), dataIndex: 'phone' },
    {
      title: t('training.staff.attendance'),
      key: 'attendance',
      render: (_, r) => `${r.attendedHours}/${c?.totalHours ?? 0}（${r.attendedPct}%）`,
    },
    {
      title: t('training.staff.assessment'),
      key: 'assessment',
      render: (_, r) =>
        r.completed ? (
          <Tag color="green">{t('training.resident.completed')}</Tag>
        ) : r.status === 'waitlisted' ? (
          <Tag>{t('training.statuses.waitlisted')}</Tag>
        ) : desk ? (
          <Space>
            {r.assessment && <Tag>{t(`training.staff.${r.assessment}`)}</Tag>}
            <Button
              size="small"
              onClick={() =>
                assess.mutate(
                  { enrolmentId: r.enrolmentId, result: 'passed' },
                  { onError: (e) => void message.error(errorMessage(e)) },
                )
              }
              aria-label={`${r.residentName} ${t('training.staff.markPassed')}`}
            >
              {t('training.staff.markPassed')}
            </Button>
            <Button
              size="small"
              onClick={() =>
                assess.mutate(
                  { enrolmentId: r.enrolmentId, result: 'failed' },
                  { onError: (e) => void message.error(errorMessage(e)) },
                )
              }
              aria-label={`${r.residentName} ${t('training.staff.markFailed')}`}
            >
              {t('training.staff.markFailed')}
            </Button>
          </Space>
        ) : (
          (r.assessment && t(`training.staff.${r.assessment}`)) || t('training.staff.none')
        ),
    },
    {
      title: t('training.staff.certificate'),
      key: 'certificate',
      render: (_, r) =>
        !r.certificate ? (
          t('training.staff.none')
        ) : r.certificate.revoked ? (
          <Tag color="red">{t('training.verify.revoked')}</Tag>
        ) : (
          <Space>
            <a href={`/api/v1/training/certificates/${r.certificate.id}/pdf`}>{r.certificate.serial}</a>
            {role === 'street_officer' && (
              <Button
                size="small"
                danger
                onClick={() => {
                  let reason = '';
                  void modal.confirm({
                    title: t('training.staff.revoke'),
                    content: (
                      <Input
                        aria-label={t('training.staff.revokeReason')}
                        placeholder={t('training.staff.revokeReason')}
                        maxLength={200}
                        onChange={(e) => (reason = e.target.value)}
                      />
                    ),
                    onOk: () =>
                      revoke
                        .mutateAsync({ id: r.certificate!.id, reason })
                        .then(() => void message.success(t('training.staff.revokedDone')))
                        .catch((e: unknown) => {
                          void message.error(errorMessage(e));
                          throw e;
                        }),
                  });
                }}
              >
                {t('training.staff.revoke')}
              </Button>
            )}
          </Space>
        ),
    },
  ];
  return (
    <>
      <StaffPageHeader title={c ? c.name : t('training.staff.title')} />
      <p>
        <Link to="/staff/training">{t('training.staff.back')}</Link>
      </p>
      {c && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Card>
            <p>
              {c.stationName} · {t('training.trainer', { name: c.trainer })} ·{' '}
              {t('training.hours', { count: c.totalHours })}
            </p>
            <p>
              {t(c.assessmentRequired ? 'training.ruleWithAssessment' : 'training.rule', { pct: c.minAttendancePct })}
            </p>
            <p>
              {t('training.seats', { enrolled: c.enrolled, capacity: c.capacity })} ·{' '}
              {t('training.waiting', { count: c.waitlisted })}
            </p>
          </Card>
          <Card title={t('training.staff.sessions')}>
            {c.sessions.map((s) => (
              <SessionCheckIn key={s.id} session={s} enabled={desk} />
            ))}
          </Card>
          <Card title={t('training.staff.roster')}>
            <Table<Trainee>
              rowKey="enrolmentId"
              columns={columns}
              dataSource={c.roster}
              loading={course.isFetching}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          </Card>
        </Space>
      )}
    </>
  );
}

function SessionCheckIn({ session: s, enabled }: { session: Session; enabled: boolean }) {
  const { t } = useTranslation();
  const checkIn = useCheckInTrainee();
  const { message } = App.useApp();
  const [code, setCode] = useState('');
  const label = t('training.staff.checkInFor', { topic: s.topic });
  return (
    <Form
      layout="inline"
      style={{ marginBottom: 12 }}
      onFinish={() =>
        checkIn.mutate(
          { sessionId: s.id, checkInCode: code },
          {
            onSuccess: (r) => {
              void message.success(
                t(r.recorded ? 'training.staff.checkedIn' : 'training.staff.alreadyCheckedIn', {
                  name: r.residentName,
                  hours: r.attendedHours,
                }),
              );
              setCode('');
            },
            onError: (e) => void message.error(errorMessage(e)),
          },
        )
      }
    >
      <Form.Item label={`${shanghai.format(new Date(s.startsAt))} ${s.topic}（${s.hours}h）`}>
        {enabled && (
          <Input
            aria-label={label}
            value={code}
            inputMode="numeric"
            maxLength={6}
            onChange={(e) => setCode(e.target.value)}
            style={{ width: 140 }}
          />
        )}
      </Form.Item>
      {enabled && (
        <Button htmlType="submit" type="primary" loading={checkIn.isPending}>
          {t('training.staff.checkIn')}
        </Button>
      )}
    </Form>
  );
}
