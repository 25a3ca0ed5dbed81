import { Button, Form, Input, Modal, Radio, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEDGERS } from '../../../lib/contracts';
import { dashboardSearch, type DashboardParams } from '../api/get-dashboard';

/** GET /api/v1/dashboard/ledgers/:ledger: a download link; with a reason, full numbers (audited). */
export function ledgerUrl(ledger: (typeof LEDGERS)[number], params: DashboardParams, reason?: string): string {
  const search = new URLSearchParams(dashboardSearch(params));
  if (reason) search.set('reason', reason);
  return `/api/v1/dashboard/ledgers/${ledger}?${search.toString()}`;
}

/** The ledgers of the dashboard's area and months, masked, or in full with a written reason. */
export function LedgerExports({ params }: { params: DashboardParams }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [ledger, setLedger] = useState<(typeof LEDGERS)[number]>('factories');
  const [reveal, setReveal] = useState(false);
  const [reason, setReason] = useState('');
  const reasonOk = !reveal || reason.trim().length >= 4;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('dashboard.ledgers')}</Button>
      <Modal
        open={open}
        title={t('dashboard.ledgers')}
        onCancel={() => setOpen(false)}
        footer={
          <Space>
            <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
            <Button
              type="primary"
              disabled={!reasonOk}
              href={reasonOk ? ledgerUrl(ledger, params, reveal ? reason.trim() : undefined) : undefined}
              onClick={() => setOpen(false)}
            >
              {t('dashboard.ledger.download')}
            </Button>
          </Space>
        }
      >
        <Form layout="vertical">
          <Form.Item label={t('dashboard.ledger.which')}>
            <Radio.Group
              value={ledger}
              onChange={(e) => setLedger(e.target.value as (typeof LEDGERS)[number])}
              options={LEDGERS.map((l) => ({ value: l, label: t(`dashboard.ledger.names.${l}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('dashboard.ledger.numbers')}>
            <Radio.Group
              value={reveal}
              onChange={(e) => setReveal(e.target.value as boolean)}
              options={[
                { value: false, label: t('dashboard.ledger.masked') },
                { value: true, label: t('dashboard.ledger.full') },
              ]}
            />
          </Form.Item>
          {reveal && (
            <Form.Item
              label={t('dashboard.ledger.reason')}
              htmlFor="ledger-reason"
              extra={t('dashboard.ledger.reasonHint')}
            >
              <Input id="ledger-reason" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
            </Form.Item>
          )}
        </Form>
      </Modal>
    </>
  );
}
