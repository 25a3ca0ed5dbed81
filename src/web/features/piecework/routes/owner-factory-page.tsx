import { Button, Dialog, List, Selector, Tabs, Tag, Toast } from 'antd-mobile';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { canSettlement, formatE4, PAY_METHODS, PRODUCT_UNITS } from '../../../lib/contracts';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { useAddRate } from '../api/add-rate';
import { useApproveRecord } from '../api/approve-record';
import { useCloseDay } from '../api/close-day';
import { useConfirm } from '../api/confirm-settlement';
import { useCreateProduct } from '../api/create-product';
import { payrollUrl } from '../api/download-payroll';
import { useDayGrid, type DayGrid } from '../api/get-day-grid';
import { useMyFactory } from '../api/get-my-factory';
import { useSettlement } from '../api/get-settlement';
import { useFactorySettlements } from '../api/list-factory-settlements';
import type { OwnedFactory } from '../api/list-my-factories';
import { usePay } from '../api/pay-settlement';
import { useOwnerPresence } from '../api/record-presence';
import { useRejectRecord } from '../api/reject-record';
import { useResolve } from '../api/resolve-line';
import { hoursOf, todayInShanghai, Yuan } from '../components/money';
import { newClientKey, useOfflineQueue, type RefusedRecord } from '../components/use-offline-queue';
import { PresenceButtons } from '../components/presence-buttons';
import '../piecework.css';
import { useQrCode } from '../../../components/use-qr-code';

const toastError = (e: unknown) => Toast.show({ content: errorMessage(e) });

/** The owner's factory on a phone: the day grid (works offline), settlements, workers and invite, products. */
export function OwnerFactoryPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const factory = useMyFactory(id);
  const [params, setParams] = useSearchParams();
  useDocumentTitle(factory.data?.name ?? t('piecework.owner.title'));
  if (factory.isPending) return <PageLoading />;
  if (factory.isError) return <PageError error={factory.error} onRetry={() => void factory.refetch()} />;
  const tab = params.get('tab') ?? (params.get('settlement') ? 'settlements' : 'grid');
  return (
    <>
      <MobileHeader title={factory.data.name} backTo="/piecework/owner" />
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key }, { replace: true })}>
        <Tabs.Tab title={t('piecework.owner.tabs.grid')} key="grid">
          <GridTab factoryId={id} />
        </Tabs.Tab>
        <Tabs.Tab title={t('piecework.owner.tabs.settlements')} key="settlements">
          <SettlementsTab factoryId={id} initial={Number(params.get('settlement')) || null} />
        </Tabs.Tab>
        <Tabs.Tab title={t('piecework.owner.tabs.workers')} key="workers">
          <WorkersTab factory={factory.data} />
        </Tabs.Tab>
        <Tabs.Tab title={t('piecework.owner.tabs.products')} key="products">
          <ProductsTab factoryId={id} />
        </Tabs.Tab>
      </Tabs>
    </>
  );
}

// ── the day grid ──

function GridTab({ factoryId }: { factoryId: number }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayInShanghai());
  const grid = useDayGrid(factoryId, date);
  const queue = useOfflineQueue(factoryId);
  const [entries, setEntries] = useState<Record<string, string>>({});
  const approve = useApproveRecord();
  const reject = useRejectRecord();

  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const [w, p, q] of grid.data?.cells ?? []) m.set(`${w}-${p}`, q);
    for (const r of queue.pending)
      if (r.workDate === date && r.workerId && r.productId)
        m.set(`${r.workerId}-${r.productId}`, (m.get(`${r.workerId}-${r.productId}`) ?? 0) + (r.quantity ?? 0));
    return m;
  }, [grid.data, queue.pending, date]);

  const save = () => {
    const records = Object.entries(entries)
      .map(([key, v]) => ({ key, q: Number(v) }))
      .filter((e) => Number.isInteger(e.q) && e.q > 0)
      .map(({ key, q }) => {
        const [w, p] = key.split('-').map(Number);
        return { clientKey: newClientKey(), workerId: w!, productId: p!, workDate: date, quantity: q };
      });
    if (records.length === 0) return;
    queue.enqueue(records);
    setEntries({});
  };

  if (grid.isPending) return <PageLoading />;
  if (grid.isError && !grid.data) return <PageError error={grid.error} onRetry={() => void grid.refetch()} />;
  const g = grid.data!;
  const entered = Object.values(entries).filter((v) => Number(v) > 0).length;
  return (
    <>
      <div className="m-card">
        <label className="pw-row" htmlFor="grid-date">
          <span>{t('piecework.fields.workDate')}</span>
          <input
            id="grid-date"
            className="pw-date"
            type="date"
            value={date}
            max={todayInShanghai()}
            onChange={(e) => e.target.value && setDate(e.target.value)}
          />
        </label>
        {!queue.online && (
          <p className="pw-notice pw-notice--alert" role="status">
            {t('piecework.grid.offline')}
          </p>
        )}
        {queue.pending.length > 0 && (
          <div className="pw-row pw-gap" role="status">
            <span data-testid="pending-sync">{t('piecework.grid.pendingSync', { count: queue.pending.length })}</span>
            <Button size="small" loading={queue.syncing} disabled={!queue.online} onClick={() => void queue.sync()}>
              {t('piecework.grid.syncNow')}
            </Button>
          </div>
        )}
        {queue.pending.length === 0 && queue.online && (
          <p className="m-card__text pw-hint" data-testid="all-synced">
            {t('piecework.grid.allSynced')}
          </p>
        )}
        {g.settlementId !== null && <p className="pw-notice pw-notice--info">{t('piecework.grid.settledDay')}</p>}
      </div>
      <RefusedEntries grid={g} refused={queue.refused} onSettle={queue.settleRefused} />
      <section className="m-card m-card--flush" aria-label={t('piecework.grid.title')}>
        <table className="pw-grid">
          <caption className="visually-hidden">{t('piecework.grid.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('piecework.grid.worker')}</th>
              {g.products.map((p) => (
                <th scope="col" key={p.id}>
                  {p.name}
                  <br />
                  <small>{p.rateE4 === null ? '—' : `${formatE4(p.rateE4)} 元`}</small>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {g.workers.map((w) => (
              <tr key={w.id}>
                <th scope="row">
                  {w.name}
                  <br />
                  <small>{t(`piecework.presenceState.${w.presence.state}`)}</small>
                </th>
                {g.products.map((p) => {
                  const key = `${w.id}-${p.id}`;
                  return (
                    <td key={p.id}>
                      <span className="pw-count">
                        <span aria-hidden="true" data-testid={`cell-${key}`}>
                          {counts.get(key) ?? 0}
                        </span>
                        <span className="visually-hidden">
                          {t('piecework.grid.cellCount', {
                            worker: w.name,
                            product: p.name,
                            count: counts.get(key) ?? 0,
                          })}
                        </span>
                      </span>
                      <input
                        className="pw-cell-input"
                        type="number"
                        inputMode="numeric"
                        min={0}
                        aria-label={t('piecework.grid.cellLabel', { worker: w.name, product: p.name })}
                        value={entries[key] ?? ''}
                        onChange={(e) => setEntries({ ...entries, [key]: e.target.value })}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="pw-pad pw-gap">
          <Button block color="primary" disabled={entered === 0} onClick={save} data-testid="grid-save">
            {t('piecework.grid.save', { count: entered })}
          </Button>
        </div>
      </section>
      <PendingReports grid={g} onDecide={(id, ok) => (ok ? approve : reject).mutate(id, { onError: toastError })} />
      <DayRecords grid={g} onReverse={(id) => queue.enqueue([{ clientKey: newClientKey(), reversesId: id }])} />
    </>
  );
}

/** Entries the server would not take: kept on the phone with its reason until the owner decides (ADR 0047). */
function RefusedEntries({
  grid,
  refused,
  onSettle,
}: {
  grid: DayGrid;
  refused: RefusedRecord[];
  onSettle: (clientKey: string, resend: boolean) => void;
}) {
  const { t } = useTranslation();
  if (refused.length === 0) return null;
  const workerName = (id?: number) => grid.workers.find((w) => w.id === id)?.name ?? `#${id}`;
  const productName = (id?: number) => grid.products.find((p) => p.id === id)?.name ?? `#${id}`;
  return (
    <section className="m-card m-card--flush" aria-labelledby="refused-entries" data-testid="refused-entries">
      <h2 id="refused-entries" className="m-card__title pw-pad">
        {t('piecework.grid.refusedTitle', { count: refused.length })}
      </h2>
      <p className="m-card__text pw-pad pw-hint">{t('piecework.grid.refusedHint')}</p>
      <List>
        {refused.map(({ record: r, code, message }) => (
          <List.Item
            key={r.clientKey}
            data-testid={`refused-${r.clientKey}`}
            description={
              <>
                <span className="pw-alert-text">{message}</span>
                <span className="pw-actions pw-gap">
                  {code === 'IDEMPOTENCY_KEY_REUSED' && (
                    <Button size="small" color="primary" onClick={() => onSettle(r.clientKey, true)}>
                      {t('piecework.grid.resubmit')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => onSettle(r.clientKey, false)}>
                    {t('piecework.grid.discard')}
                  </Button>
                </span>
              </>
            }
          >
            {r.reversesId
              ? t('piecework.grid.reversalOf', { id: r.reversesId })
              : `${workerName(r.workerId)} · ${productName(r.productId)} · ${r.quantity ?? ''} · ${r.workDate ?? ''}`}
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function PendingReports({ grid, onDecide }: { grid: DayGrid; onDecide: (id: number, approve: boolean) => void }) {
  const { t } = useTranslation();
  const pending = grid.records.filter((r) => r.state === 'pending');
  if (pending.length === 0) return null;
  return (
    <section className="m-card m-card--flush" aria-labelledby="pending-reports">
      <h2 id="pending-reports" className="m-card__title pw-pad">
        {t('piecework.grid.selfReports')}
      </h2>
      <List>
        {pending.map((r) => (
          <List.Item
            key={r.id}
            description={r.productName}
            extra={
              <div className="pw-actions">
                <Button size="small" color="primary" onClick={() => onDecide(r.id, true)}>
                  {t('piecework.grid.approve')}
                </Button>
                <Button size="small" color="danger" fill="outline" onClick={() => onDecide(r.id, false)}>
                  {t('piecework.grid.reject')}
                </Button>
              </div>
            }
          >
            {r.workerName} · {r.quantity}
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function DayRecords({ grid, onReverse }: { grid: DayGrid; onReverse: (id: number) => void }) {
  const { t } = useTranslation();
  const done = grid.records.filter((r) => r.state !== 'pending').slice(0, 30);
  if (done.length === 0) return null;
  return (
    <section className="m-card m-card--flush" aria-labelledby="day-records">
      <h2 id="day-records" className="m-card__title pw-pad">
        {t('piecework.grid.records')}
      </h2>
      <List>
        {done.map((r) => (
          <List.Item
            key={r.id}
            description={`${r.productName} · ${t(`piecework.recordState.${r.state}`)}${r.reversesId ? ` · ${t('piecework.grid.reversal')}` : ''}`}
            extra={
              r.state === 'approved' && !r.reversesId && !r.reversed ? (
                <Button size="small" onClick={() => onReverse(r.id)}>
                  {t('piecework.grid.reverse')}
                </Button>
              ) : r.reversed ? (
                <Tag>{t('piecework.grid.reversed')}</Tag>
              ) : null
            }
          >
            {r.workerName} · {r.quantity}
          </List.Item>
        ))}
      </List>
    </section>
  );
}

// ── settlements ──

function SettlementsTab({ factoryId, initial }: { factoryId: number; initial: number | null }) {
  const { t } = useTranslation();
  const [date, setDate] = useState(todayInShanghai());
  const list = useFactorySettlements(factoryId);
  const close = useCloseDay(factoryId);
  const [open, setOpen] = useState<number | null>(initial);
  // Closing today while workers are still checked in: the owner is asked whether to check them out first.
  const todayGrid = useDayGrid(factoryId, todayInShanghai());
  const [stillIn, setStillIn] = useState<{ id: number; name: string }[]>([]);
  const [asking, setAsking] = useState(false);
  const askOrSettle = async () => {
    if (date !== todayInShanghai()) return settle(false);
    // read presence afresh: a worker may have checked in on her own phone since the grid was loaded
    const workers = (await todayGrid.refetch()).data?.workers ?? todayGrid.data?.workers ?? [];
    const present = workers.filter((w) => w.presence.state === 'in' || w.presence.state === 'out');
    if (present.length === 0) return settle(false);
    setStillIn(present);
    setAsking(true);
  };
  const settle = (checkOutAtClose: boolean) =>
    close.mutate(
      { workDate: date, checkOutAtClose },
      { onSuccess: (r) => setOpen(r.settlement.id), onError: toastError },
    );
  return (
    <>
      <div className="m-card">
        <label className="pw-row" htmlFor="settle-date">
          <span>{t('piecework.fields.workDate')}</span>
          <input
            id="settle-date"
            className="pw-date"
            type="date"
            value={date}
            max={todayInShanghai()}
            onChange={(e) => e.target.value && setDate(e.target.value)}
          />
        </label>
        <Button
          block
          color="primary"
          className="pw-gap"
          loading={close.isPending}
          data-testid="close-day"
          onClick={() => void askOrSettle()}
        >
          {t('piecework.settle.close', { date })}
        </Button>
      </div>
      <Dialog
        visible={asking}
        title={t('piecework.settle.stillInTitle')}
        content={
          <p data-testid="still-in">
            {t('piecework.settle.stillIn', { names: stillIn.map((w) => w.name).join('、') })}
          </p>
        }
        closeOnAction
        onClose={() => setAsking(false)}
        actions={[
          { key: 'out', text: t('piecework.settle.checkOutAndClose'), bold: true, onClick: () => settle(true) },
          { key: 'keep', text: t('piecework.settle.closeWithout'), onClick: () => settle(false) },
          { key: 'cancel', text: t('piecework.settle.cancel') },
        ]}
      />
      {open !== null && <SettlementDetailCard id={open} />}
      <section className="m-card m-card--flush" aria-labelledby="settlement-list">
        <h2 id="settlement-list" className="m-card__title pw-pad">
          {t('piecework.settle.list')}
        </h2>
        <List>
          {list.data?.items.map((s) => (
            <List.Item
              key={s.id}
              clickable
              onClick={() => setOpen(s.id)}
              description={`${t('piecework.owner.workers', { count: s.workerCount })}${s.flaggedCount ? ` · ${t('piecework.settle.flagged', { count: s.flaggedCount })}` : ''}`}
              extra={
                <Tag color={s.status === 'paid' ? 'success' : 'warning'}>
                  {t(`piecework.settlementStatus.${s.status}`)}
                </Tag>
              }
            >
              {s.workDate} · <Yuan fen={s.totalFen} />
            </List.Item>
          ))}
        </List>
      </section>
    </>
  );
}

function SettlementDetailCard({ id }: { id: number }) {
  const { t } = useTranslation();
  const detail = useSettlement(id);
  const confirm = useConfirm();
  const pay = usePay();
  const resolve = useResolve();
  const [paying, setPaying] = useState(false);
  const [method, setMethod] = useState<string>('wechat');
  const [reference, setReference] = useState('');
  const [resolving, setResolving] = useState<number | null>(null);
  const [note, setNote] = useState('');
  const s = detail.data;
  if (!s) return null;
  return (
    <section className="m-card m-card--flush" aria-labelledby="settlement-detail" data-testid="settlement-detail">
      <div className="pw-row pw-pad">
        <h2 id="settlement-detail" className="m-card__title">
          {t('piecework.settle.title', { date: s.workDate })}
        </h2>
        <Tag color={s.status === 'paid' ? 'success' : 'warning'} data-testid="settlement-status">
          {t(`piecework.settlementStatus.${s.status}`)}
        </Tag>
      </div>
      <p className="m-card__text pw-pad">
        {t('piecework.settle.total')}：<Yuan fen={s.totalFen} testId="settlement-total" />
        {s.payMethod && ` · ${t(`piecework.payMethod.${s.payMethod}`)} ${s.payReference ?? ''}`}
      </p>
      <List>
        {s.lines.map((l) => (
          <List.Item
            key={l.id}
            description={
              <>
                {l.items.map((i) => `${i.productName} ${i.quantity}`).join('，')}
                {l.adjustmentE4 !== 0 && ` · ${t('piecework.settle.adjustment')} ${formatE4(l.adjustmentE4)} 元`}
                {l.carriedE4 < 0 && ` · ${t('piecework.settle.carried')} ${formatE4(l.carriedE4)} 元`}
                {l.neverCheckedIn ? (
                  <>
                    {' '}
                    <Tag color="warning" data-testid="never-checked-in">
                      {t('piecework.settle.neverCheckedIn')}
                    </Tag>
                  </>
                ) : (
                  ` · ${t('piecework.my.hours', { hours: hoursOf(l.minutesPresent) })}`
                )}
                {l.floorCheck === 'below' && (
                  <>
                    {' '}
                    <Tag color="danger">{t('piecework.settle.belowFloor')}</Tag>
                  </>
                )}
                {l.floorCheck === 'no_presence' && (
                  <>
                    {' '}
                    <Tag color="default" data-testid="floor-not-judged">
                      {t('piecework.settle.noPresence')}
                    </Tag>
                  </>
                )}
                {l.status === 'disputed' && ` · ${t('piecework.lineStatus.disputed')}：${l.disputeReason ?? ''}`}
              </>
            }
            extra={
              l.status === 'disputed' ? (
                <Button size="small" onClick={() => setResolving(l.id)}>
                  {t('piecework.settle.resolve')}
                </Button>
              ) : (
                <Tag>{t(`piecework.lineStatus.${l.status}`)}</Tag>
              )
            }
          >
            {l.workerName} · <Yuan fen={l.amountFen} />
          </List.Item>
        ))}
      </List>
      <div className="pw-pad pw-gap pw-actions">
        {canSettlement('confirm', s.status) && (
          <Button
            color="primary"
            loading={confirm.isPending}
            onClick={() => confirm.mutate(s.id, { onError: toastError })}
          >
            {t('piecework.settle.confirm')}
          </Button>
        )}
        {canSettlement('pay', s.status) && (
          <Button color="success" onClick={() => setPaying(true)}>
            {t('piecework.settle.pay')}
          </Button>
        )}
      </div>
      <Dialog
        visible={paying}
        title={t('piecework.settle.pay')}
        content={
          <>
            <Selector
              aria-label={t('piecework.fields.payMethod')}
              columns={3}
              options={PAY_METHODS.map((m) => ({ label: t(`piecework.payMethod.${m}`), value: m }))}
              value={[method]}
              onChange={(v) => v[0] && setMethod(v[0])}
            />
            <input
              className="pw-text pw-gap"
              aria-label={t('piecework.fields.payReference')}
              placeholder={t('piecework.fields.payReference')}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          </>
        }
        closeOnAction
        onClose={() => setPaying(false)}
        actions={[
          [
            { key: 'cancel', text: t('common.cancel') },
            {
              key: 'ok',
              text: t('piecework.settle.payConfirm'),
              bold: true,
              onClick: () =>
                pay.mutate({ id: s.id, payMethod: method, payReference: reference }, { onError: toastError }),
            },
          ],
        ]}
      />
      <Dialog
        visible={resolving !== null}
        title={t('piecework.settle.resolve')}
        content={
          <textarea
            className="pw-text"
            aria-label={t('piecework.fields.resolutionNote')}
            placeholder={t('piecework.fields.resolutionNote')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
          />
        }
        closeOnAction
        onClose={() => setResolving(null)}
        actions={[
          [
            { key: 'cancel', text: t('common.cancel') },
            {
              key: 'ok',
              text: t('piecework.settle.resolve'),
              bold: true,
              onClick: () => {
                if (resolving !== null) resolve.mutate({ lineId: resolving, note }, { onError: toastError });
              },
            },
          ],
        ]}
      />
    </section>
  );
}

// ── workers, invite, payroll ──

function WorkersTab({ factory }: { factory: OwnedFactory }) {
  const { t } = useTranslation();
  const link = `${window.location.origin}/piecework/join/${factory.inviteCode}`;
  const qr = useQrCode(link).url;
  const grid = useDayGrid(factory.id, todayInShanghai());
  // For a worker without a phone, the owner records the day's presence (never a deduction; ADR 0023).
  const presence = useOwnerPresence(factory.id);
  const [month, setMonth] = useState(todayInShanghai().slice(0, 7));
  return (
    <>
      <section className="m-card" aria-labelledby="invite">
        <h2 id="invite" className="m-card__title">
          {t('piecework.owner.invite')}
        </h2>
        <p className="m-card__text">{t('piecework.owner.inviteHint')}</p>
        {qr && <img src={qr} width={160} height={160} alt={t('piecework.owner.inviteQr')} />}
        <p className="m-card__text pw-break" data-testid="invite-link">
          {link}
        </p>
        <p className="m-card__text">
          {t('piecework.fields.inviteCode')}：<strong>{factory.inviteCode}</strong>
        </p>
      </section>
      <section className="m-card" aria-labelledby="payroll">
        <h2 id="payroll" className="m-card__title">
          {t('piecework.owner.payroll')}
        </h2>
        <label className="pw-row" htmlFor="payroll-month">
          <span>{t('piecework.fields.month')}</span>
          <input
            id="payroll-month"
            className="pw-date"
            type="month"
            value={month}
            onChange={(e) => e.target.value && setMonth(e.target.value)}
          />
        </label>
        <a
          className="adm-button adm-button-primary adm-button-block pw-gap pw-link-button"
          href={payrollUrl(factory.id, month)}
          download
        >
          {t('piecework.owner.downloadPayroll')}
        </a>
      </section>
      <section className="m-card m-card--flush" aria-labelledby="roster">
        <h2 id="roster" className="m-card__title pw-pad">
          {t('piecework.owner.roster', { count: grid.data?.workers.length ?? 0 })}
        </h2>
        <p className="m-card__text pw-pad pw-hint">{t('piecework.owner.presenceForWorker')}</p>
        <List>
          {grid.data?.workers.map((w) => (
            <List.Item
              key={w.id}
              description={`${w.phoneMasked} · ${t('piecework.owner.joinedOn', { date: w.joinedOn })} · ${t('piecework.my.hours', { hours: hoursOf(w.presence.minutesPresent) })}`}
              extra={<Tag>{t(`piecework.presenceState.${w.presence.state}`)}</Tag>}
            >
              {w.name}
              <PresenceButtons
                state={w.presence.state}
                size="small"
                who={w.name}
                pending={presence.isPending && presence.variables?.workerId === w.id}
                onStep={(kind) =>
                  presence.mutate({ workerId: w.id, kind, clientKey: newClientKey() }, { onError: toastError })
                }
              />
            </List.Item>
          ))}
        </List>
      </section>
    </>
  );
}

// ── products and rates ──

function ProductsTab({ factoryId }: { factoryId: number }) {
  const { t } = useTranslation();
  const grid = useDayGrid(factoryId, todayInShanghai());
  const create = useCreateProduct(factoryId);
  const addRate = useAddRate();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<string>('piece');
  const [rate, setRate] = useState('');
  const [from, setFrom] = useState(todayInShanghai());
  const [rateFor, setRateFor] = useState<number | null>(null);
  return (
    <>
      <section className="m-card m-card--flush" aria-labelledby="products">
        <h2 id="products" className="m-card__title pw-pad">
          {t('piecework.owner.tabs.products')}
        </h2>
        <List>
          {grid.data?.products.map((p) => (
            <List.Item
              key={p.id}
              description={p.rates
                .map((r) => `${r.effectiveFrom} 起 ${formatE4(r.rateE4)} 元/${t(`piecework.unit.${p.unit}`)}`)
                .join('；')}
              extra={
                <Button size="small" onClick={() => setRateFor(p.id)}>
                  {t('piecework.owner.newRate')}
                </Button>
              }
            >
              {p.name}
            </List.Item>
          ))}
        </List>
      </section>
      <section className="m-card" aria-labelledby="add-product">
        <h2 id="add-product" className="m-card__title">
          {rateFor === null ? t('piecework.owner.addProduct') : t('piecework.owner.newRate')}
        </h2>
        {rateFor === null && (
          <>
            <input
              className="pw-text"
              aria-label={t('piecework.fields.productName')}
              placeholder={t('piecework.fields.productName')}
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <Selector
              className="pw-gap"
              aria-label={t('piecework.fields.unit')}
              columns={4}
              options={PRODUCT_UNITS.map((u) => ({ label: t(`piecework.unit.${u}`), value: u }))}
              value={[unit]}
              onChange={(v) => v[0] && setUnit(v[0])}
            />
          </>
        )}
        <input
          className="pw-text pw-gap"
          aria-label={t('piecework.fields.rate')}
          placeholder={t('piecework.fields.rate')}
          value={rate}
          onChange={(e) => setRate(e.target.value)}
          inputMode="decimal"
        />
        <label className="pw-row pw-gap" htmlFor="rate-from">
          <span>{t('piecework.fields.effectiveFrom')}</span>
          <input
            id="rate-from"
            className="pw-date"
            type="date"
            value={from}
            onChange={(e) => e.target.value && setFrom(e.target.value)}
          />
        </label>
        <Button
          block
          color="primary"
          className="pw-gap"
          onClick={() =>
            rateFor === null
              ? create.mutate(
                  { name, unit, rate, effectiveFrom: from },
                  { onSuccess: () => setName(''), onError: toastError },
                )
              : addRate.mutate(
                  { productId: rateFor, rate, effectiveFrom: from },
                  { onSuccess: () => setRateFor(null), onError: toastError },
                )
          }
        >
          {t('common.save')}
        </Button>
      </section>
    </>
  );
}
