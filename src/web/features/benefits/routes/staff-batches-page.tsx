import { Alert, App, Button, Card, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useApplications } from '../api/list-applications';
import { useCreateBatch } from '../api/create-batch';
import { useAutomaticPreview } from '../api/get-automatic-preview';
import { useBatches } from '../api/list-batches';
import type { Application, Batch } from '../api/contracts';
import { usePolicies } from '../api/list-policies';
import { BenefitsNav } from '../components/benefits-nav';
import { formatYuan } from '../components/format';

/** Payment batches: approved applications paid together, and 免申即享 policies granted to everyone eligible. */
export function StaffBatchesPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const approved = useApplications({ page: 1, pageSize: 100, status: 'approved' });
  const batches = useBatches();
  const create = useCreateBatch();
  const [selected, setSelected] = useState<number[]>([]);
  const policies = usePolicies({ page: 1, pageSize: 100, status: 'published' });
  const automatic = (policies.data?.items ?? []).filter((p) => p.mode === 'automatic');
  const [policyId, setPolicyId] = useState<number | null>(null);
  const preview = useAutomaticPreview(policyId);
  const done = (b: { id: number }) => void message.success(t('benefits.batch.confirmed', { id: b.id }));
  const fail = (e: unknown) => void message.error(errorMessage(e));

  return (
    <>
      <StaffPageHeader title={t('benefits.nav.batches')} />
      <BenefitsNav />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Card title={t('benefits.batch.approved')}>
          <Table<Application>
            rowKey="id"
            size="small"
            pagination={false}
            loading={approved.isFetching}
            dataSource={approved.data?.items ?? []}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys.map(Number)),
              getCheckboxProps: (r) => ({ 'aria-label': r.subject.name }),
            }}
            columns={[
              { title: t('benefits.review.subject'), key: 's', render: (_, r) => r.subject.name },
              { title: t('benefits.review.policy'), dataIndex: 'policyTitle' },
              {
                title: t('benefits.review.amount'),
                dataIndex: 'amountFen',
                render: (v: number | null) => formatYuan(v),
              },
            ]}
          />
          <Button
            style={{ marginTop: 16 }}
            type="primary"
            disabled={selected.length === 0}
            loading={create.isPending}
            onClick={() =>
              modal.confirm({
                title: t('benefits.batch.confirmTitle', { n: selected.length }),
                onOk: () =>
                  create.mutateAsync({ kind: 'applications', applicationIds: selected }).then((b) => {
                    setSelected([]);
                    done(b);
                  }, fail),
              })
            }
          >
            {t('benefits.batch.pay', { n: selected.length })}
          </Button>
        </Card>
        <Card title={t('benefits.batch.automatic')}>
          <Space wrap>
            <label htmlFor="batch-policy">{t('benefits.batch.policy')}</label>
            <Select
              id="batch-policy"
              style={{ width: 260 }}
              value={policyId ?? undefined}
              onChange={setPolicyId}
              options={automatic.map((p) => ({ value: p.id, label: p.title }))}
            />
            {preview.data && (
              <Tag color="blue">
                {t('benefits.batch.preview', { n: preview.data.count, amount: formatYuan(preview.data.totalFen) })}
              </Tag>
            )}
            <Button
              type="primary"
              disabled={!preview.data || preview.data.count === 0}
              loading={create.isPending}
              onClick={() =>
                policyId !== null &&
                create.mutate(
                  { kind: 'automatic', policyId },
                  {
                    onSuccess: (b) => {
                      void message.success(t('benefits.batch.prepared'));
                      void navigate(`/staff/benefits/batches/${b.id}`);
                    },
                    onError: fail,
                  },
                )
              }
            >
              {t('benefits.batch.prepare')}
            </Button>
          </Space>
          {preview.isError && <Alert type="error" role="alert" title={errorMessage(preview.error)} />}
        </Card>
        <Card title={t('benefits.batch.history')}>
          <Table<Batch>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={batches.data?.items ?? []}
            columns={[
              {
                title: '#',
                dataIndex: 'id',
                render: (v: number) => (
                  <Link to={`/staff/benefits/batches/${v}`} aria-label={`${t('benefits.batch.open')} #${v}`}>
                    #{v}
                  </Link>
                ),
              },
              {
                title: t('benefits.batch.kind'),
                dataIndex: 'kind',
                render: (k: Batch['kind']) => t(`benefits.batch.kinds.${k}`),
              },
              { title: t('benefits.batch.policy'), dataIndex: 'policyTitle', render: (v: string | null) => v ?? '—' },
              {
                title: t('benefits.batch.status'),
                dataIndex: 'status',
                render: (v: Batch['status']) => (
                  <Tag color={v === 'confirmed' ? 'green' : 'blue'}>{t(`benefits.batch.statuses.${v}`)}</Tag>
                ),
              },
              { title: t('benefits.batch.count'), dataIndex: 'count' },
              { title: t('benefits.batch.total'), dataIndex: 'totalFen', render: (v: number) => formatYuan(v) },
              {
                title: t('benefits.batch.by'),
                key: 'by',
                render: (_, b) =>
                  `${b.preparedBy}${b.confirmedBy && b.confirmedAt ? ` → ${b.confirmedBy} · ${formatDateTime(b.confirmedAt, currentLocale())}` : ''}`,
              },
            ]}
          />
        </Card>
      </Space>
    </>
  );
}
