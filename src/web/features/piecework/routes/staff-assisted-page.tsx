import { Alert, App, Button, Card, Modal, Select, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canLine } from '../../../../shared/schemas/piecework-rules';
import {
  AssistedConsentFields,
  consentBody,
  consentComplete,
  NO_CONSENT_YET,
  type AssistedConsentValue,
} from '../../../components/assisted-consent';
import { AssistedFrame } from '../../../components/assisted-resident';
import { errorMessage } from '../../../lib/api-client';
import { formatE4, formatFen } from '../../../lib/contracts';
import { useAssistedAcknowledge } from '../api/assisted-acknowledge';
import { useAssistedJoin } from '../api/assisted-join';
import { useAssistedJoinPreview } from '../api/assisted-join-preview';
import { useAssistedLines, type AssistedLine } from '../api/assisted-lines';
import { useStaffFactories } from '../api/list-staff-factories';

/**
 * 代办 for micro-factories (SPEC §3.2 Assisted service, ADR 0026): a community officer joins an older resident
 * to a factory after reading her the same preview she would see on her phone, and acknowledges pay she has
 * received, each with how she agreed recorded. The screen speaks of the resident, never to the officer as her.
 */
export function StaffAssistedPage() {
  const { t } = useTranslation();
  return (
    <AssistedFrame
      heading={t('assisted.menu.piecework')}
      title={(name) => t('assisted.piecework.title', { name })}
      intro={t('assisted.piecework.intro')}
    >
      {(r) => (
        <>
          <JoinFactory residentId={r.id} />
          <AcknowledgePay residentId={r.id} />
        </>
      )}
    </AssistedFrame>
  );
}

function JoinFactory({ residentId }: { residentId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [factoryId, setFactoryId] = useState<number | null>(null);
  const [consent, setConsent] = useState<AssistedConsentValue>(NO_CONSENT_YET);
  const factories = useStaffFactories({ q: q || undefined, page: 1, pageSize: 20 });
  const preview = useAssistedJoinPreview(residentId, factoryId);
  const join = useAssistedJoin(residentId);
  const open = (factories.data?.items ?? []).filter((f) => f.status !== 'closed');
  const f = preview.data;
  return (
    <Card title={<h2 className="s-card-title">{t('assisted.joinFactory')}</h2>} data-testid="assisted-join">
      <label htmlFor="assisted-factory" style={{ display: 'block', marginBottom: 4 }}>
        {t('assisted.piecework.chooseFactory')}
      </label>
      <Select
        id="assisted-factory"
        showSearch
        filterOption={false}
        onSearch={setQ}
        value={factoryId ?? undefined}
        onChange={(v: number) => {
          setFactoryId(v);
          setConsent(NO_CONSENT_YET);
        }}
        placeholder={t('assisted.piecework.factoryPlaceholder')}
        loading={factories.isFetching}
        options={open.map((x) => ({ value: x.id, label: `${x.name}（${x.communityName ?? x.areaName}）` }))}
        style={{ width: '100%', maxWidth: 480 }}
      />
      {preview.isError && <Alert type="error" showIcon title={errorMessage(preview.error)} style={{ marginTop: 16 }} />}
      {f && (
        <div style={{ marginTop: 16 }} data-testid="assisted-join-preview">
          <h3>{t('assisted.piecework.products')}</h3>
          {f.products.length === 0 ? (
            <p>{t('assisted.piecework.noProducts')}</p>
          ) : (
            <ul>
              {f.products.map((p) => (
                <li key={p.name}>
                  {p.name}：
                  {p.rateE4 === null
                    ? '—'
                    : t('assisted.piecework.rate', {
                        rate: formatE4(p.rateE4),
                        unit: t(`piecework.unit.${p.unit as 'piece'}`),
                      })}
                </li>
              ))}
            </ul>
          )}
          {f.joined ? (
            <Alert type="success" showIcon title={t('assisted.piecework.alreadyJoined')} />
          ) : (
            f.ownerWillSee && (
              <>
                <h3>{t('assisted.piecework.sharedTitle')}</h3>
                <p>
                  {t('assisted.piecework.shared', { name: f.ownerWillSee.name, phone: f.ownerWillSee.phoneMasked })}
                </p>
                <AssistedConsentFields value={consent} onChange={setConsent} />
                <Button
                  type="primary"
                  style={{ marginTop: 16 }}
                  disabled={!consentComplete(consent)}
                  loading={join.isPending}
                  onClick={() =>
                    join.mutate(
                      { factoryId: f.factoryId, ...consentBody(consent) },
                      {
                        onSuccess: (done) =>
                          void message.success(t('assisted.piecework.joined', { factory: done.name })),
                        onError: (e) => void message.error(errorMessage(e)),
                      },
                    )
                  }
                >
                  {t('assisted.piecework.join')}
                </Button>
              </>
            )
          )}
        </div>
      )}
    </Card>
  );
}

function AcknowledgePay({ residentId }: { residentId: number }) {
  const { t } = useTranslation();
  const lines = useAssistedLines(residentId);
  const [acknowledging, setAcknowledging] = useState<AssistedLine | null>(null);
  const columns: TableColumnsType<AssistedLine> = [
    { title: t('assisted.piecework.factory'), dataIndex: 'factoryName' },
    { title: t('assisted.piecework.workDate'), dataIndex: 'workDate' },
    { title: t('assisted.piecework.quantity'), dataIndex: 'quantity', align: 'right' },
    {
      title: t('assisted.piecework.amount'),
      dataIndex: 'amountFen',
      align: 'right',
      render: (v: number) => formatFen(v),
    },
    {
      title: t('assisted.piecework.settlement'),
      dataIndex: 'settlementStatus',
      render: (s: AssistedLine['settlementStatus']) => t(`piecework.settlementStatus.${s}`),
    },
    {
      title: t('assisted.piecework.line'),
      dataIndex: 'status',
      render: (s: AssistedLine['status']) => <Tag>{t(`piecework.lineStatus.${s}`)}</Tag>,
    },
    {
      title: t('assisted.piecework.action'),
      key: 'action',
      fixed: 'right',
      render: (_, l) =>
        canLine('acknowledge', l.status, l.settlementStatus) ? (
          <Button size="small" type="primary" onClick={() => setAcknowledging(l)}>
            {t('assisted.piecework.acknowledge')}
          </Button>
        ) : (
          <span>{t('assisted.piecework.notPaidYet')}</span>
        ),
    },
  ];
  return (
    <Card title={<h2 className="s-card-title">{t('assisted.acknowledgePay')}</h2>} data-testid="assisted-lines">
      <Table<AssistedLine>
        rowKey="id"
        columns={columns}
        dataSource={lines.data?.items}
        loading={lines.isFetching}
        pagination={false}
        locale={{ emptyText: <span style={{ color: '#4d4d4d' }}>{t('assisted.piecework.linesEmpty')}</span> }}
        scroll={{ x: 'max-content' }}
      />
      {acknowledging && (
        <AcknowledgeModal residentId={residentId} line={acknowledging} onClose={() => setAcknowledging(null)} />
      )}
    </Card>
  );
}

function AcknowledgeModal({
  residentId,
  line,
  onClose,
}: {
  residentId: number;
  line: AssistedLine;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const acknowledge = useAssistedAcknowledge(residentId);
  const [consent, setConsent] = useState<AssistedConsentValue>(NO_CONSENT_YET);
  const words = { factory: line.factoryName, date: line.workDate, amount: formatFen(line.amountFen) };
  return (
    <Modal
      open
      title={t('assisted.piecework.acknowledgeTitle', words)}
      okText={t('assisted.piecework.acknowledge')}
      cancelText={t('common.cancel')}
      confirmLoading={acknowledge.isPending}
      okButtonProps={{ disabled: !consentComplete(consent) }}
      onCancel={onClose}
      onOk={() =>
        acknowledge.mutate(
          { lineId: line.id, ...consentBody(consent) },
          {
            onSuccess: () => {
              void message.success(t('assisted.piecework.acknowledged'));
              onClose();
            },
            onError: (e) => void message.error(errorMessage(e)),
          },
        )
      }
    >
      <p>{t('assisted.piecework.acknowledgeStatement', words)}</p>
      <AssistedConsentFields value={consent} onChange={setConsent} />
    </Modal>
  );
}
