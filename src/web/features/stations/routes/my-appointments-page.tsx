import { Button, Dialog, Rate, Tag, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCancelAppointment } from '../api/cancel-appointment';
import type { Appointment } from '../api/contracts';
import { useMyAppointments } from '../api/list-my-appointments';
import { useRateAppointment } from '../api/rate-appointment';
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
        <div className="st-code" aria-label={t('stations.mine.code')}>
          <span className="st-code__label">{t('stations.mine.code')}</span>
          <strong className="st-code__digits" data-testid="check-in-code">
            {a.code}
          </strong>
          <span className="st-card__meta">{t('stations.mine.codeHint')}</span>
        </div>
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
          <RateForm id={a.id} onDone={() => setRating(false)} />
        ) : (
          <Button block color="primary" fill="outline" onClick={() => setRating(true)}>
            {t('stations.mine.rate')}
          </Button>
        ))}
    </li>
  );
}

function RateForm({ id, onDone }: { id: number; onDone: () => void }) {
  const { t } = useTranslation();
  const rate = useRateAppointment();
  const [score, setScore] = useState(5);
  const [comment, setComment] = useState('');
  return (
    <div className="st-rate">
      <p id={`rate-${id}`}>{t('stations.mine.rateTitle')}</p>
      <Rate value={score} onChange={setScore} aria-labelledby={`rate-${id}`} />
      <TextArea
        value={comment}
        onChange={setComment}
        maxLength={500}
        placeholder={t('stations.mine.comment')}
        aria-label={t('stations.mine.comment')}
      />
      <Button
        block
        color="primary"
        loading={rate.isPending}
        onClick={() =>
          rate.mutate(
            { id, score, comment },
            {
              onSuccess: () => {
                Toast.show({ content: t('stations.mine.thanks') });
                onDone();
              },
              onError: (e) => Toast.show({ content: errorMessage(e) }),
            },
          )
        }
      >
        {t('stations.mine.submitRating')}
      </Button>
    </div>
  );
}
