import { Button, Dialog, Form, List, Picker, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatE4 } from '../../../lib/contracts';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { useAcknowledge } from '../api/acknowledge-line';
import { useDispute } from '../api/dispute-line';
import { useMyWork, type MyWork } from '../api/get-my-work';
import { useStatement } from '../api/get-statement';
import { useNearbyFactories } from '../api/list-nearby-factories';
import { useMyPresence } from '../api/record-my-presence';
import { useSelfReport } from '../api/report-my-pieces';
import { hoursOf, shiftMonth, Yuan, yuanOfE4 } from '../components/money';
import { newClientKey } from '../components/use-offline-queue';
import { PresenceButtons } from '../components/presence-buttons';
import '../piecework.css';

/** The worker's piecework: today's count and pay, presence, self-reports, lines to acknowledge, the month. */
export function MyWorkPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('piecework.my.title'));
  const work = useMyWork();
  if (work.isPending) return <PageLoading />;
  if (work.isError) return <PageError error={work.error} onRetry={() => void work.refetch()} />;
  const data = work.data;
  return (
    <>
      <MobileHeader title={t('piecework.my.title')} />
      {data.factories.length === 0 && <JoinCard />}
      {data.factories.map((f) => (
        <FactoryToday key={f.workerId} f={f} today={data.today} />
      ))}
      {data.openLines.length > 0 && <OpenLines lines={data.openLines} />}
      {data.factories.length > 0 && <MonthStatement today={data.today} />}
      <Nearby />
    </>
  );
}

type MyFactory = MyWork['factories'][number];

function FactoryToday({ f, today }: { f: MyFactory; today: string }) {
  const { t } = useTranslation();
  const presence = useMyPresence();
  const report = useSelfReport();
  const [productId, setProductId] = useState<number | null>(f.products[0]?.id ?? null);
  const [quantity, setQuantity] = useState(0);
  const [picking, setPicking] = useState(false);
  const step = (kind: string) =>
    presence.mutate(
      { factoryId: f.factoryId, kind, clientKey: newClientKey() },
      { onError: (e) => Toast.show({ content: errorMessage(e) }) },
    );
  const submit = () => {
    if (!productId || quantity <= 0) return;
    report.mutate(
      { factoryId: f.factoryId, productId, workDate: today, quantity, clientKey: newClientKey() },
      {
        onSuccess: () => {
          setQuantity(0);
          Toast.show({ content: t('piecework.my.reported') });
        },
        onError: (e) => Toast.show({ content: errorMessage(e) }),
      },
    );
  };
  const product = f.products.find((p) => p.id === productId);
  return (
    <section className="m-card" aria-labelledby={`factory-${f.factoryId}`}>
      <h2 id={`factory-${f.factoryId}`} className="m-card__title">
        {f.factoryName}
      </h2>
      <p className="m-card__text">
        {t('piecework.my.today')}：<strong data-testid="today-quantity">{f.todayQuantity}</strong>{' '}
        {t('piecework.my.pieces')} · <strong data-testid="today-pay">{yuanOfE4(f.todayAmountE4)} 元</strong>
        {f.pendingQuantity > 0 && <> · {t('piecework.my.pending', { count: f.pendingQuantity })}</>}
      </p>
      <p className="m-card__text">
        {t('piecework.my.presence')}：<Tag color="primary">{t(`piecework.presenceState.${f.presence.state}`)}</Tag>{' '}
        {t('piecework.my.hours', { hours: hoursOf(f.presence.minutesPresent) })}
      </p>
      <PresenceButtons state={f.presence.state} pending={presence.isPending} onStep={step} />
      <p className="m-card__text pw-hint">{t('piecework.my.presenceHint')}</p>
      {f.products.length > 0 && (
        <Form layout="horizontal" className="pw-form">
          <Form.Item label={t('piecework.fields.product')} onClick={() => setPicking(true)} arrow>
            <button type="button" className="pw-picker-button" aria-label={t('piecework.fields.product')}>
              {product ? `${product.name}（${product.rateE4 === null ? '—' : formatE4(product.rateE4) + ' 元'}）` : '—'}
            </button>
          </Form.Item>
          <Form.Item label={t('piecework.fields.quantity')}>
            <input
              className="pw-cell-input"
              type="number"
              inputMode="numeric"
              min={0}
              max={100000}
              value={quantity || ''}
              onChange={(e) => setQuantity(Math.max(0, Math.floor(Number(e.target.value) || 0)))}
              aria-label={t('piecework.fields.quantity')}
            />
          </Form.Item>
          <Button block color="primary" disabled={quantity <= 0} loading={report.isPending} onClick={submit}>
            {t('piecework.my.report')}
          </Button>
        </Form>
      )}
      <Picker
        columns={[f.products.map((p) => ({ label: p.name, value: String(p.id) }))]}
        visible={picking}
        onClose={() => setPicking(false)}
        value={productId ? [String(productId)] : []}
        onConfirm={(v) => setProductId(Number(v[0]))}
      />
    </section>
  );
}

function OpenLines({ lines }: { lines: MyWork['openLines'] }) {
  const { t } = useTranslation();
  const ack = useAcknowledge();
  const dispute = useDispute();
  const [disputing, setDisputing] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  return (
    <section className="m-card m-card--flush" aria-labelledby="open-lines">
      <h2 id="open-lines" className="m-card__title pw-pad">
        {t('piecework.my.toAcknowledge')}
      </h2>
      <List>
        {lines.map((l) => (
          <List.Item
            key={l.id}
            description={`${l.factoryName} · ${l.quantity} ${t('piecework.my.pieces')} · ${t(`piecework.settlementStatus.${l.settlementStatus}`)}`}
            extra={
              l.status === 'open' ? (
                <div className="pw-actions">
                  {l.settlementStatus === 'paid' && (
                    <Button
                      size="small"
                      color="primary"
                      data-testid={`ack-${l.workDate}`}
                      onClick={() => ack.mutate(l.id, { onError: (e) => Toast.show({ content: errorMessage(e) }) })}
                    >
                      {t('piecework.my.acknowledge')}
                    </Button>
                  )}
                  <Button size="small" onClick={() => setDisputing(l.id)}>
                    {t('piecework.my.dispute')}
                  </Button>
                </div>
              ) : (
                <Tag color="warning">{t(`piecework.lineStatus.${l.status}`)}</Tag>
              )
            }
          >
            {l.workDate} · <Yuan fen={l.amountFen} />
          </List.Item>
        ))}
      </List>
      <Dialog
        visible={disputing !== null}
        title={t('piecework.my.dispute')}
        content={
          <textarea
            className="pw-text"
            aria-label={t('piecework.my.disputeReason')}
            placeholder={t('piecework.my.disputeReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            rows={3}
          />
        }
        closeOnAction
        onClose={() => setDisputing(null)}
        actions={[
          [
            { key: 'cancel', text: t('common.cancel') },
            {
              key: 'ok',
              text: t('piecework.my.sendDispute'),
              bold: true,
              onClick: () => {
                if (disputing !== null)
                  dispute.mutate(
                    { lineId: disputing, reason },
                    { onError: (e) => Toast.show({ content: errorMessage(e) }) },
                  );
                setReason('');
              },
            },
          ],
        ]}
      />
    </section>
  );
}

function MonthStatement({ today }: { today: string }) {
  const { t } = useTranslation();
  const [month, setMonth] = useState(today.slice(0, 7));
  const statement = useStatement(month);
  const s = statement.data;
  return (
    <section className="m-card m-card--flush" aria-labelledby="statement">
      <div className="pw-row pw-pad">
        <h2 id="statement" className="m-card__title">
          {t('piecework.my.statement', { month })}
        </h2>
        <div className="pw-actions">
          <Button size="small" onClick={() => setMonth(shiftMonth(month, -1))} aria-label={t('piecework.my.prevMonth')}>
            ‹
          </Button>
          <Button
            size="small"
            disabled={month >= today.slice(0, 7)}
            onClick={() => setMonth(shiftMonth(month, 1))}
            aria-label={t('piecework.my.nextMonth')}
          >
            ›
          </Button>
        </div>
      </div>
      {s && (
        <>
          <p className="m-card__text pw-pad" data-testid="statement-total">
            {t('piecework.my.statementSummary', { days: s.days, quantity: s.quantity })} <Yuan fen={s.totalFen} />（
            {t('piecework.my.paid')} <Yuan fen={s.paidFen} />）
          </p>
          <List>
            {s.lines.map((l) => (
              <List.Item
                key={l.id}
                description={`${l.factoryName} · ${l.quantity} ${t('piecework.my.pieces')} · ${
                  l.neverCheckedIn
                    ? t('piecework.settle.neverCheckedIn')
                    : t('piecework.my.hours', { hours: hoursOf(l.minutesPresent) })
                }${l.carriedE4 < 0 ? ` · ${t('piecework.settle.carried')} ${formatE4(l.carriedE4)} 元` : ''}`}
                extra={<Tag>{t(`piecework.lineStatus.${l.status}`)}</Tag>}
              >
                {l.workDate} · <Yuan fen={l.amountFen} />
              </List.Item>
            ))}
          </List>
        </>
      )}
    </section>
  );
}

/** An invite code typed in leads to the invite page: products, rates and what the owner sees come first. */
function JoinCard() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [code, setCode] = useState('');
  return (
    <section className="m-card" aria-labelledby="join">
      <h2 id="join" className="m-card__title">
        {t('piecework.my.notJoined')}
      </h2>
      <p className="m-card__text">{t('piecework.my.joinHint')}</p>
      <input
        className="pw-text"
        aria-label={t('piecework.fields.inviteCode')}
        placeholder={t('piecework.fields.inviteCode')}
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <Button
        block
        color="primary"
        className="pw-gap"
        disabled={code.trim().length < 8}
        onClick={() => void navigate(`/piecework/join/${encodeURIComponent(code.trim())}`)}
      >
        {t('piecework.join.join')}
      </Button>
    </section>
  );
}

function Nearby() {
  const { t } = useTranslation();
  const nearby = useNearbyFactories();
  if (!nearby.data?.length) return null;
  return (
    <section className="m-card m-card--flush" aria-labelledby="nearby">
      <h2 id="nearby" className="m-card__title pw-pad">
        {t('piecework.my.nearby')}
      </h2>
      <List>
        {nearby.data.map((f) => (
          <List.Item
            key={f.id}
            description={`${t(`piecework.industry.${f.industry}`)} · ${f.areaName} · ${f.openingHours}`}
          >
            {f.name}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
