import { Button, Dialog, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCancelEnrolment } from '../api/cancel-enrolment';
import type { Course, MyEnrolment } from '../api/contracts';
import { useEnrolCourse } from '../api/enrol-course';
import { useMyEnrolments } from '../api/list-my-enrolments';
import { useOpenCourses } from '../api/list-open-courses';
import '../training.css';

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** 技能培训 on her phone: her courses with check-in codes and certificates, then the open courses of her street. */
export function TrainingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('training.resident.title'));
  const mine = useMyEnrolments();
  const open = useOpenCourses();
  if (mine.isPending || open.isPending) return <PageLoading />;
  if (mine.isError) return <PageError error={mine.error} onRetry={() => void mine.refetch()} />;
  if (open.isError) return <PageError error={open.error} onRetry={() => void open.refetch()} />;
  const live = mine.data.items.filter((e) => e.status !== 'cancelled');
  const joined = new Set(live.map((e) => e.course.id));
  return (
    <>
      <MobileHeader title={t('training.resident.title')} backTo="/" />
      <h2 className="tr-section-title">{t('training.resident.mine')}</h2>
      {live.length === 0 ? (
        <p className="m-card m-card__text">{t('training.resident.emptyMine')}</p>
      ) : (
        <ul className="tr-list">
          {live.map((e) => (
            <EnrolmentCard key={e.id} enrolment={e} />
          ))}
        </ul>
      )}
      <h2 className="tr-section-title">{t('training.resident.near')}</h2>
      {open.data.items.length === 0 ? (
        <p className="m-card m-card__text">{t('training.resident.emptyNear')}</p>
      ) : (
        <ul className="tr-list">
          {open.data.items.map((c) => (
            <CourseCard key={c.id} course={c} joined={joined.has(c.id)} />
          ))}
        </ul>
      )}
    </>
  );
}

function CourseFacts({ course: c }: { course: Course }) {
  const { t } = useTranslation();
  return (
    <>
      <p className="tr-card__meta">
        {t(`training.kinds.${c.kind}`)} · {t(`training.levels.${c.level}`)} ·{' '}
        {t('training.hours', { count: c.totalHours })}
      </p>
      <p className="tr-card__meta">
        {c.stationName} · {c.stationAddress}
      </p>
      <p className="tr-card__meta">{t('training.trainer', { name: c.trainer })}</p>
      <p className="tr-card__meta">
        {t(c.assessmentRequired ? 'training.ruleWithAssessment' : 'training.rule', { pct: c.minAttendancePct })}
      </p>
    </>
  );
}

function CourseCard({ course: c, joined }: { course: Course; joined: boolean }) {
  const { t } = useTranslation();
  const enrol = useEnrolCourse();
  return (
    <li className="m-card" data-testid={`course-${c.id}`}>
      <p className="tr-card__name">{c.name}</p>
      <CourseFacts course={c} />
      {c.summary && <p className="tr-card__meta">{c.summary}</p>}
      <p className="tr-card__meta">
        {t('training.seats', { enrolled: c.enrolled, capacity: c.capacity })}
        {c.waitlisted > 0 && ` · ${t('training.waiting', { count: c.waitlisted })}`}
      </p>
      {joined ? (
        <Tag color="success">{t('training.resident.alreadyIn')}</Tag>
      ) : (
        <Button
          block
          color="primary"
          loading={enrol.isPending}
          aria-label={`${t('training.resident.enrol')} ${c.name}`}
          onClick={() =>
            enrol.mutate(c.id, {
              onSuccess: (e) =>
                Toast.show({
                  content: t(e.status === 'waitlisted' ? 'training.resident.waitlisted' : 'training.resident.enrolled'),
                }),
              onError: (e) => Toast.show({ content: errorMessage(e) }),
            })
          }
        >
          {t('training.resident.enrol')}
        </Button>
      )}
    </li>
  );
}

function EnrolmentCard({ enrolment: e }: { enrolment: MyEnrolment }) {
  const { t } = useTranslation();
  const cancel = useCancelEnrolment();
  const c = e.course;
  return (
    <li className="m-card" data-testid={`enrolment-${e.id}`}>
      <p className="tr-card__name">
        {c.name}{' '}
        <Tag color={e.completed ? 'success' : e.status === 'waitlisted' ? 'warning' : 'primary'}>
          {e.completed ? t('training.resident.completed') : t(`training.statuses.${e.status}`)}
        </Tag>
      </p>
      <CourseFacts course={c} />
      {e.status === 'waitlisted' && e.waitlistPosition !== null && (
        <p className="tr-card__meta">{t('training.resident.position', { n: e.waitlistPosition })}</p>
      )}
      {e.status === 'enrolled' && !e.completed && (
        <div className="tr-code">
          <span>{t('training.resident.code')}</span>
          <strong className="tr-code__digits" data-testid="training-check-in-code">
            {e.checkInCode}
          </strong>
          <span className="tr-card__meta">{t('training.resident.codeHint')}</span>
        </div>
      )}
      {e.status === 'enrolled' && (
        <>
          <p className="tr-card__meta">
            {t('training.resident.attended', { hours: e.attendedHours, pct: e.attendedPct })}
          </p>
          <ul className="tr-sessions">
            {c.sessions.map((s) => (
              <li key={s.id} className="tr-card__meta">
                {shanghai.format(new Date(s.startsAt))} · {s.topic} ·{' '}
                {e.attendedSessionIds.includes(s.id)
                  ? t('training.resident.sessionDone')
                  : t('training.resident.sessionOpen')}
              </li>
            ))}
          </ul>
        </>
      )}
      {e.certificate &&
        (e.certificate.revoked ? (
          <p className="tr-card__meta">{t('training.resident.revoked')}</p>
        ) : (
          <>
            <a
              className="adm-button adm-button-primary adm-button-block adm-button-shape-default"
              href={`/api/v1/training/certificates/${e.certificate.id}/pdf`}
              download
            >
              {t('training.resident.download')}
            </a>
            <p className="tr-card__meta">
              {t('training.verify.serial')}：{e.certificate.serial} ·{' '}
              <Link to={`/verify/${e.certificate.serial}`}>{t('training.resident.verify')}</Link>
            </p>
          </>
        ))}
      {e.completed && (
        <p className="tr-card__meta">
          <Link to={`/me/rate/training/${e.course.id}`} data-testid="rate-training">
            {t('training.resident.rate')}
          </Link>
        </p>
      )}
      {!e.completed && (
        <Button
          block
          fill="outline"
          loading={cancel.isPending}
          onClick={() =>
            void Dialog.confirm({
              content: t('training.resident.cancelConfirm'),
              confirmText: t('training.resident.cancel'),
              cancelText: t('common.cancel'),
              onConfirm: () =>
                cancel.mutate(e.id, {
                  onSuccess: () => Toast.show({ content: t('training.resident.cancelled') }),
                  onError: (err) => Toast.show({ content: errorMessage(err) }),
                }),
            })
          }
        >
          {t('training.resident.cancel')}
        </Button>
      )}
    </li>
  );
}
