import { Button, Form, List, Picker, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FACTORY_INDUSTRIES } from '../../../lib/contracts';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { useCreateFactory } from '../api/create-factory';
import { useAvailableVenues } from '../api/list-available-venues';
import { useMyFactories } from '../api/list-my-factories';
import '../piecework.css';

/** 我的微工厂: the factories an employer runs, and registering a new one for the street to verify. */
export function OwnerHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('piecework.owner.title'));
  const factories = useMyFactories();
  const navigate = useNavigate();
  if (factories.isPending) return <PageLoading />;
  if (factories.isError) return <PageError error={factories.error} onRetry={() => void factories.refetch()} />;
  return (
    <>
      <MobileHeader title={t('piecework.owner.title')} backTo="/" />
      <section className="m-card m-card--flush" aria-label={t('piecework.owner.title')}>
        <List>
          {factories.data.map((f) => (
            <List.Item
              key={f.id}
              clickable
              onClick={() => void navigate(`/piecework/owner/${f.id}`)}
              description={`${t(`piecework.industry.${f.industry}`)} · ${t(`piecework.factoryStatus.${f.status}`)} · ${f.verified ? t('piecework.verified') : t('piecework.unverified')} · ${t('piecework.owner.workers', { count: f.workerCount })}`}
            >
              {f.name}
            </List.Item>
          ))}
        </List>
        {factories.data.length === 0 && <p className="m-card__text pw-pad">{t('piecework.owner.none')}</p>}
      </section>
      <RegisterFactory />
    </>
  );
}

function RegisterFactory() {
  const { t } = useTranslation();
  const me = useMe().data;
  const create = useCreateFactory();
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [industry, setIndustry] = useState<string>('other');
  const [workstations, setWorkstations] = useState(6);
  const [hours, setHours] = useState('08:30-15:30');
  const [picking, setPicking] = useState(false);
  const [venueId, setVenueId] = useState(0);
  const [pickingVenue, setPickingVenue] = useState(false);
  const enterprise = me?.enterprises[0];
  const venues = useAvailableVenues(Boolean(enterprise));
  if (!enterprise) return null;
  const venueLabel = (v: { communityName: string | null; address: string; areaSqm: number }) =>
    `${v.communityName ? `${v.communityName} · ` : ''}${v.address}（${v.areaSqm}㎡）`;
  const venue = venues.data?.find((v) => v.id === venueId);
  return (
    <section className="m-card" aria-labelledby="register-factory">
      <h2 id="register-factory" className="m-card__title">
        {t('piecework.owner.register')}
      </h2>
      <p className="m-card__text">{t('piecework.owner.registerHint', { name: enterprise.name })}</p>
      <Form layout="vertical">
        <Form.Item label={t('piecework.fields.factoryName')}>
          <input
            className="pw-text"
            aria-label={t('piecework.fields.factoryName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </Form.Item>
        <Form.Item label={t('piecework.fields.industry')} onClick={() => setPicking(true)} arrow>
          <button type="button" className="pw-picker-button" aria-label={t('piecework.fields.industry')}>
            {t(`piecework.industry.${industry as 'other'}`)}
          </button>
        </Form.Item>
        <Form.Item
          label={t('piecework.fields.venue')}
          description={t('piecework.owner.venueHint')}
          onClick={() => setPickingVenue(true)}
          arrow
        >
          <button type="button" className="pw-picker-button" aria-label={t('piecework.fields.venue')}>
            {venue ? venueLabel(venue) : t('piecework.owner.noVenue')}
          </button>
        </Form.Item>
        <Form.Item label={t('piecework.fields.workstations')}>
          <input
            className="pw-cell-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={1000}
            value={workstations}
            onChange={(e) => setWorkstations(Math.max(1, Math.floor(Number(e.target.value) || 1)))}
            aria-label={t('piecework.fields.workstations')}
          />
        </Form.Item>
        <Form.Item label={t('piecework.fields.openingHours')}>
          <input
            className="pw-text"
            aria-label={t('piecework.fields.openingHours')}
            value={hours}
            onChange={(e) => setHours(e.target.value)}
          />
        </Form.Item>
      </Form>
      <Button
        block
        color="primary"
        disabled={name.trim().length < 2}
        loading={create.isPending}
        onClick={() =>
          create.mutate(
            {
              enterpriseId: enterprise.id,
              name: name.trim(),
              industry,
              workstations,
              openingHours: hours,
              ...(venueId ? { venueId } : {}),
            },
            {
              onSuccess: (f) => void navigate(`/piecework/owner/${f.id}`),
              onError: (e) => Toast.show({ content: errorMessage(e) }),
            },
          )
        }
      >
        {t('piecework.owner.registerSubmit')}
      </Button>
      <Picker
        columns={[FACTORY_INDUSTRIES.map((i) => ({ label: t(`piecework.industry.${i}`), value: i }))]}
        visible={picking}
        onClose={() => setPicking(false)}
        value={[industry]}
        onConfirm={(v) => setIndustry(String(v[0]))}
      />
      <Picker
        columns={[
          [
            { label: t('piecework.owner.noVenue'), value: 0 },
            ...(venues.data ?? []).map((v) => ({ label: venueLabel(v), value: v.id })),
          ],
        ]}
        visible={pickingVenue}
        onClose={() => setPickingVenue(false)}
        value={[venueId]}
        onConfirm={(v) => setVenueId(Number(v[0] ?? 0))}
      />
    </section>
  );
}
