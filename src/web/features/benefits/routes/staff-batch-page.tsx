import { Alert, App, Button, Card, Descriptions, Input, Modal, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RecordPage } from '../../../components/record-page';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useConfirmBatch } from '../api/confirm-batch';
import { useExcludeRecipient } from '../api/exclude-recipient';
import { useBatch } from '../api/get-batch';
import type { BatchDetail, BatchRecipient } from '../api/contracts';
import { BenefitsNav } from '../components/benefits-nav';
import { formatYuan } from '../components/format';

/** One payment batch: every recipient with the reasons; under review it can lose people (with a reason) and be confirmed by a second officer. */
export function StaffBatchPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const batch = useBatch(id);
  return (
    <RecordPage
      id={id}
      query={batch}
      title={t('benefits.batch.detail', { id })}
      parent={{ to: '/staff/benefits/batches', label: t('benefits.nav.batches') }}
      backLabel={t('benefits.back')}
    >
      {(b) => <BatchView batch={b} />}
    </RecordPage>
  );
}

const STATE_COLOURS: Record<BatchRecipient['state'], string> = {
  pending: 'blue',
  excluded: 'default',
  granted: 'green',
  paid: 'green',
};

function BatchView({ batch }: { batch: BatchDetail }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const locale = currentLocale();
  const exclude = useExcludeRecipient(batch.id);
  const confirm = useConfirmBatch(batch.id);
  const [excluding, setExcluding] = useState<BatchRecipient | null>(null);
  const [reason, setReason] = useState('');
  const fail = (e: unknown) => void message.error(errorMessage(e));
  const columns: TableColumnsType<BatchRecipient> = [
    { title: t('benefits.batch.subject'), key: 's', render: (_, r) => r.subject.name },
    { title: t('benefits.batch.community'), key: 'c', render: (_, r) => r.communityName ?? r.areaName },
    { title: t('benefits.batch.amount'), dataIndex: 'amountFen', render: (v: number) => formatYuan(v) },
    {
      title: t('benefits.batch.reasons', { version: batch.policyVersion ?? '' }),
      key: 'why',
      render: (_, r) => (
        <ul className="b-batch-reasons">
          {r.eligibility.conditions
            .slice(1)
            .filter((c) => c.outcome === 'yes')
            .map((c) => (
              <li key={c.path}>{`${c.text}${c.actual ? `（${c.actual}）` : ''}`}</li>
            ))}
        </ul>
      ),
    },
    {
      title: t('benefits.batch.state'),
      key: 'state',
      fixed: 'right',
      render: (_, r) => (
        <Space direction="vertical" size={4}>
          <Tag color={STATE_COLOURS[r.state]}>{t(`benefits.batch.states.${r.state}`)}</Tag>
          {r.excluded && (
            <span>{t('benefits.batch.excludedBecause', { reason: r.excluded.reason, by: r.excluded.by })}</span>
          )}
          {batch.canExclude && !r.excluded && (
            <Button
              size="small"
              aria-label={`${t('benefits.batch.exclude')} ${r.subject.name} ${r.communityName ?? ''}`}
              onClick={() => {
                setReason('');
                setExcluding(r);
              }}
            >
              {t('benefits.batch.exclude')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <BenefitsNav />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card>
          <Descriptions column={{ xs: 1, md: 2 }} size="small">
            <Descriptions.Item label={t('benefits.batch.policy')}>
              {`${batch.policyTitle ?? '—'}${batch.policyVersion ? ` v${batch.policyVersion}` : ''}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.batch.status')}>
              <Tag color={batch.status === 'confirmed' ? 'green' : 'blue'}>
                {t(`benefits.batch.statuses.${batch.status}`)}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.batch.preparedBy')}>
              {`${batch.preparedBy} · ${formatDateTime(batch.preparedAt, locale)}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('benefits.batch.confirmedBy')}>
              {batch.confirmedBy && batch.confirmedAt
                ? `${batch.confirmedBy} · ${formatDateTime(batch.confirmedAt, locale)}`
                : '—'}
            </Descriptions.Item>
          </Descriptions>
          <p data-testid="batch-total" style={{ fontSize: 16, margin: '12px 0' }}>
            <strong>{t('benefits.batch.summary', { n: batch.count, amount: formatYuan(batch.totalFen) })}</strong>
          </p>
          {batch.status === 'prepared' && !batch.canConfirm && (
            <Alert type="info" role="status" title={t('benefits.batch.makerHint')} />
          )}
          {batch.canConfirm && (
            <Button
              type="primary"
              loading={confirm.isPending}
              onClick={() =>
                modal.confirm({
                  title: t('benefits.batch.confirmBatchTitle', {
                    n: batch.count,
                    amount: formatYuan(batch.totalFen),
                  }),
                  onOk: () =>
                    confirm
                      .mutateAsync(undefined)
                      .then(() => void message.success(t('benefits.batch.confirmedDone')), fail),
                })
              }
            >
              {t('benefits.batch.confirm')}
            </Button>
          )}
        </Card>
        <Card title={t('benefits.batch.recipients')}>
          <Table<BatchRecipient>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={batch.recipients}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 'max-content' }}
          />
        </Card>
      </Space>
      <Modal
        open={excluding !== null}
        title={excluding ? t('benefits.batch.excludeTitle', { name: excluding.subject.name }) : ''}
        okText={t('benefits.batch.exclude')}
        okButtonProps={{ disabled: reason.trim().length < 2, loading: exclude.isPending }}
        onCancel={() => setExcluding(null)}
        onOk={() =>
          excluding &&
          exclude.mutate(
            { itemId: excluding.id, exclusionReason: reason },
            {
              onSuccess: () => {
                setExcluding(null);
                void message.success(t('benefits.batch.excludedDone'));
              },
              onError: fail,
            },
          )
        }
      >
        <label htmlFor="exclusion-reason">{t('benefits.batch.exclusionReason')}</label>
        <Input.TextArea id="exclusion-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </>
  );
}
