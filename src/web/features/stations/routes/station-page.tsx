import { Button, Dialog, Input, Toast } from 'antd-mobile';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { NotFoundPage, PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useBookSlot } from '../api/book-slot';
import type { Slot } from '../api/contracts';
import { useSlots } from '../api/list-slots';
import { useStation } from '../api/get-station';
import { weekLines } from '../components/hours';
import '../stations.css';

/** A station: where, when open (holidays included), what it offers, and the week's times with the seats left. */
export function StationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const station = useStation(id);
  const slots = useSlots(id);
  useDocumentTitle(station.data?.name ?? t('stations.nearby.title'));
  const [picked, setPicked] = useState<Slot | null>(null);
  if (!Number.isInteger(id) || id <= 0) return <NotFoundPage />;
  if (station.isPending) return <PageLoading />;
  if (station.isError) return <PageError error={station.error} onRetry={() => void station.refetch()} />;
  const s = station.data;
  const byDay = new Map<string, Slot[]>();
  for (const slot of slots.data?.items ?? []) byDay.set(slot.day, [...(byDay.get(slot.day) ?? []), slot]);

  return (
    <>
      <MobileHeader title={s.name} backTo="/stations" />
      <section className="m-card" aria-labelledby="st-info">
        <h2 id="st-info" className="m-card__title">
          {t(`stations.kinds.${s.kind}`)} · {s.openNow ? t('stations.openNow') : t('stations.closedNow')}
        </h2>
        <dl className="st-facts">
          <dt>{t('stations.station.address')}</dt>
          <dd>{s.address}</dd>
          {s.phone && (
            <>
              <dt>{t('stations.station.phone')}</dt>
              <dd>
                <a href={`tel:${s.phone}`}>{s.phone}</a>
              </dd>
            </>
          )}
          <dt>{t('stations.station.hours')}</dt>
          <dd>
            {weekLines(s.hours, t).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </dd>
          {s.closures.length > 0 && (
            <>
              <dt>{t('stations.station.closures')}</dt>
              <dd>{s.closures.map((c) => `${c.day} ${c.reason}`).join('、')}</dd>
            </>
          )}
          <dt>{t('stations.station.services')}</dt>
          <dd>{s.services.map((v) => t(`stations.services.${v}`)).join(' · ')}</dd>
        </dl>
      </section>

      <section className="m-card" aria-labelledby="st-slots">
        <h2 id="st-slots" className="m-card__title">
          {t('stations.station.slots')}
        </h2>
        {slots.isPending ? (
          <p role="status">{t('stations.loading')}</p>
        ) : byDay.size === 0 ? (
          <p className="m-card__text">{t('stations.station.noSlots')}</p>
        ) : (
          [...byDay].map(([day, list]) => (
            <div key={day} className="st-day">
              <h3 className="st-day__title">{day}</h3>
              <ul className="st-slots">
                {list.map((slot) => (
                  <li key={slot.id}>
                    <button
                      type="button"
                      className="st-slot"
                      disabled={slot.remaining === 0}
                      onClick={() => setPicked(slot)}
                      data-testid={`slot-${slot.id}`}
                    >
                      <span>
                        {slot.starts}–{slot.ends} {t(`stations.services.${slot.service}`)}
                      </span>
                      <span className="st-slot__seats">
                        {slot.remaining === 0
                          ? t('stations.station.full')
                          : t('stations.station.remaining', { count: slot.remaining })}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
      </section>
      {picked && <BookDialog slot={picked} onClose={() => setPicked(null)} />}
    </>
  );
}

function BookDialog({ slot, onClose }: { slot: Slot; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const book = useBookSlot();
  const [purpose, setPurpose] = useState('');
  // One key for this pick: pressing again after a lost answer resends the same booking.
  const clientKey = useRef(crypto.randomUUID());
  return (
    <Dialog
      visible
      title={t('stations.station.confirmTitle')}
      onClose={onClose}
      content={
        <div className="st-book">
          <p>
            {slot.day} {slot.starts}–{slot.ends} · {t(`stations.services.${slot.service}`)}
          </p>
          <label className="st-book__label">
            {t('stations.station.purpose')}
            <Input
              value={purpose}
              onChange={setPurpose}
              maxLength={200}
              placeholder={t('stations.station.purposePlaceholder')}
            />
          </label>
          <Button
            block
            color="primary"
            loading={book.isPending}
            onClick={() =>
              book.mutate(
                { slotId: slot.id, clientKey: clientKey.current, purpose },
                {
                  onSuccess: (a) => {
                    Toast.show({ content: t('stations.station.booked', { code: a.code ?? '' }) });
                    onClose();
                    void navigate('/stations/appointments');
                  },
                  onError: (e) => Toast.show({ content: errorMessage(e) }),
                },
              )
            }
          >
            {t('stations.station.confirm')}
          </Button>
          <Button block fill="none" onClick={onClose}>
            {t('common.cancel')}
          </Button>
        </div>
      }
    />
  );
}
