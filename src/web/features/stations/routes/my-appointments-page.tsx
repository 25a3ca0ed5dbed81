import { Button, Dialog, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCancelAppointment } from '../api/cancel-appointment';
import type { Appointment } from '../api/contracts';
import { useMyAppointments } from '../api/list-my-appointments';
import { useSlots } from '../api/list-slots';
import { CheckInCode } from '../components/check-in-code';
import { RateForm } from '../components/rate-form';
import { useRescheduleAppointment } from '../api/reschedule-appointment';
import '../stations.css';

/** Her bookings: the code to show at the desk, cancel before the cut-off, rate a service once. */
export function MyAppointmentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('stations.mine.title'));
  const list = useMyAppointments();
  if (list.isPending) return <PageLoading />;
  if (list.isError) return <PageError error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <MobileHeader title={t('stations.mine.title')} backTo="/stations" />
      {list.data.items.length === 0 ? (
        <p className="m-card m-card__text">{t('stations.mine.empty')}</p>
      ) : (
        <ul className="st-list">
          {list.data.items.map((a) => (
            <AppointmentCard key={a.id} appointment={a} />
          ))}
        </ul>
      )}
    </>
  );
}

function AppointmentCard({ appointment: a }: { appointment: Appointment }) {
  const { t } = useTranslation();
  const cancel = useCancelAppointment();
  const [rating, setRating] = useState(false);
  const [moving, setMoving] = useState(false);
  return (
    <li className="m-card st-card" data-testid={`appointment-${a.id}`}>
      <p className="st-card__name">
        {a.stationName} <Tag className={`st-status st-status--${a.status}`}>{t(`stations.statuses.${a.status}`)}</Tag>
      </p>
      <p className="st-card__meta">
        {a.slot.day} {a.slot.starts}–{a.slot.ends} · {t(`stations.services.${a.slot.service}`)}
      </p>
      <p className="st-card__meta">{a.stationAddress}</p>
      {a.bookedBy && <p className="st-card__meta">{t('stations.mine.assisted', { name: a.bookedBy })}</p>}
      {a.code && (
        <CheckInCode
          code={a.code}
          label={t('stations.mine.code')}
          hint={t('stations.mine.codeHint')}
          testId="check-in-code"
        />
      )}
      {a.status === 'booked' && a.changeable && (
        <>
          <Button block fill="outline" onClick={() => setMoving((m) => !m)} aria-expanded={moving}>
            {t('stations.mine.move')}
          </Button>
          {moving && <MoveForm appointment={a} onDone={() => setMoving(false)} />}
        </>
      )}
      {a.status === 'booked' &&
        (a.changeable ? (
          <Button
            block
            fill="outline"
            loading={cancel.isPending}
            onClick={() =>
              void Dialog.confirm({
                content: t('stations.mine.cancelConfirm'),
                confirmText: t('stations.mine.cancel'),
                cancelText: t('common.cancel'),
                onConfirm: () =>
                  cancel.mutate(a.id, {
                    onSuccess: () => Toast.show({ content: t('stations.mine.cancelled') }),
                    onError: (e) => Toast.show({ content: errorMessage(e) }),
                  }),
              })
            }
          >
            {t('stations.mine.cancel')}
          </Button>
        ) : (
          <p className="st-card__meta">{t('stations.mine.cutOff')}</p>
        ))}
      {a.rating && <p className="st-card__meta">{t('stations.mine.rated', { score: a.rating.score })}</p>}
      {a.status === 'served' &&
        !a.rating &&
        (rating ? (
          <RateForm kind="appointment" id={a.id} onDone={() => setRating(false)} />
        ) : (
          <Button block color="primary" fill="outline" onClick={() => setRating(true)}>
            {t('stations.mine.rate')}
          </Button>
        ))}
    </li>
  );
}

/** The other times of the same station with a seat left; picking one moves her booking there. */
function MoveForm({ appointment: a, onDone }: { appointment: Appointment; onDone: () => void }) {
  const { t } = useTranslation();
  const slots = useSlots(a.stationId);
  const move = useRescheduleAppointment();
  if (slots.isPending) return <PageLoading />;
  if (slots.isError) return <PageError error={slots.error} onRetry={() => void slots.refetch()} />;
  const choices = slots.data.items.filter((s) => s.id !== a.slot.id && s.service === a.slot.service && s.remaining > 0);
  if (choices.length === 0) return <p className="st-card__meta">{t('stations.mine.noOtherTimes')}</p>;
  return (
    <ul className="st-slots" aria-label={t('stations.mine.move')}>
      {choices.map((s) => (
        <li key={s.id}>
          <button
            type="button"
            className="st-slot"
            disabled={move.isPending}
            data-testid={`move-to-${s.id}`}
            onClick={() =>
              move.mutate(
                { id: a.id, slotId: s.id },
                {
                  onSuccess: () => {
                    Toast.show({ content: t('stations.mine.moved') });
                    onDone();
                  },
                  onError: (e) => Toast.show({ content: errorMessage(e) }),
                },
              )
            }
          >
            <span>
              {s.day} {s.starts}–{s.ends}
            </span>
            <span className="st-slot__seats">{t('stations.station.remaining', { count: s.remaining })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
