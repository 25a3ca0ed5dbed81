import {
  Alert,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { FACTORY_INDUSTRIES, FACTORY_STATUSES, formatE4, formatFen, VENUE_STATUSES } from '../../../lib/contracts';
import { errorMessage } from '../../../lib/api-client';
import { AreaTreeSelect } from '../../../components/area-tree-select';
import { FormModal } from '../../../components/form-modal';
import { AreaFilter, ListFilters, SearchFilter, SelectFilter } from '../../../components/list-filters';
import { PagedTable } from '../../../components/paged-table';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { useAreaScope } from '../../../lib/areas';
import { useMe } from '../../../lib/auth';
import { registryFilters } from '../../../lib/record-queries';
import { oneOf, toPositiveInt, useListParams } from '../../../lib/use-list-params';
import { useLedgerCheck, type LedgerCheckResult } from '../api/check-ledger';
import { useCreateVenue } from '../api/create-venue';
import { useWages, type WagesReport } from '../api/get-wages';
import { useStaffFactories, type Factory } from '../api/list-staff-factories';
import { useVenues, type Venue } from '../api/list-venues';
import { useResolve } from '../api/resolve-line';
import { useUpdateVenue } from '../api/update-venue';
import { useVerifyFactory } from '../api/verify-factory';
import '../piecework.css';

const yuan = (fen: number) => `${formatFen(fen)} 元`;

function SectionTabs({ active }: { active: 'factories' | 'venues' | 'wages' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => void navigate(key === 'factories' ? '/staff/piecework' : `/staff/piecework/${key}`)}
      items={(['factories', 'venues', 'wages'] as const).map((key) => ({
        key,
        label: t(`piecework.staff.tabs.${key}`),
      }))}
    />
  );
}

// ── factories ──

const FACTORY_KEYS = ['q', 'areaId', 'industry', 'status', 'verified'] as const;

export function StaffFactoriesPage() {
  const { t } = useTranslation();
  const list = useListParams(FACTORY_KEYS);
  const filters = {
    ...registryFilters(list),
    industry: oneOf(FACTORY_INDUSTRIES, list.values.industry),
    status: oneOf(FACTORY_STATUSES, list.values.status),
    verified: oneOf(['true', 'false'] as const, list.values.verified),
  };
  const factories = useStaffFactories(filters);
  const verify = useVerifyFactory();
  const street = useMe().data?.role === 'street_officer';
  const columns: TableColumnsType<Factory> = [
    { title: t('piecework.fields.factoryName'), dataIndex: 'name', fixed: 'left' },
    {
      title: t('piecework.fields.industry'),
      dataIndex: 'industry',
      render: (v: Factory['industry']) => <Tag color="purple">{t(`piecework.industry.${v}`)}</Tag>,
    },
    {
      title: t('piecework.staff.community'),
      key: 'area',
      render: (_, f) => [f.communityName, f.areaName].filter(Boolean).join(' · '),
    },
    { title: t('piecework.staff.operator'), dataIndex: 'operatorName' },
    { title: t('piecework.fields.workstations'), dataIndex: 'workstations' },
    { title: t('piecework.staff.workers'), dataIndex: 'workerCount' },
    { title: t('piecework.fields.openingHours'), dataIndex: 'openingHours' },
    {
      title: t('piecework.fields.status'),
      dataIndex: 'status',
      render: (v: Factory['status']) => (
        <Tag color={v === 'operating' ? 'green' : v === 'closed' ? 'default' : 'orange'}>
          {t(`piecework.factoryStatus.${v}`)}
        </Tag>
      ),
    },
    {
      title: t('piecework.verified'),
      dataIndex: 'verified',
      // The street's verify button is the row's action.
      fixed: 'right',
      render: (v: boolean, f) => (
        <Space>
          <Tag color={v ? 'green' : 'orange'}>{v ? t('piecework.verified') : t('piecework.unverified')}</Tag>
          {street && (
            <Button size="small" onClick={() => verify.mutate({ id: f.id, verified: !v })}>
              {v ? t('piecework.staff.unverify') : t('piecework.staff.verify')}
            </Button>
          )}
        </Space>
      ),
    },
  ];
  return (
    <>
      <StaffPageHeader title={t('piecework.staff.title')} />
      <SectionTabs active="factories" />
      <Card>
        <ListFilters label={t('piecework.staff.filters')}>
          <SearchFilter
            id="pw-q"
            label={t('piecework.staff.search')}
            placeholder={t('piecework.staff.search')}
            value={list.values.q}
            onSearch={(q) => list.update({ q })}
          />
          <AreaFilter id="pw-area" value={filters.areaId} onChange={(areaId) => list.update({ areaId })} />
          <SelectFilter
            id="pw-industry"
            label={t('piecework.fields.industry')}
            placeholder={t('piecework.staff.all')}
            value={filters.industry}
            options={FACTORY_INDUSTRIES.map((v) => ({ value: v, label: t(`piecework.industry.${v}`) }))}
            onChange={(industry) => list.update({ industry })}
          />
          <SelectFilter
            id="pw-status"
            label={t('piecework.fields.status')}
            placeholder={t('piecework.staff.all')}
            value={filters.status}
            options={FACTORY_STATUSES.map((v) => ({ value: v, label: t(`piecework.factoryStatus.${v}`) }))}
            onChange={(status) => list.update({ status })}
          />
          <SelectFilter
            id="pw-verified"
            label={t('piecework.verified')}
            placeholder={t('piecework.staff.all')}
            value={filters.verified}
            options={[
              { value: 'true' as const, label: t('piecework.verified') },
              { value: 'false' as const, label: t('piecework.unverified') },
            ]}
            onChange={(verified) => list.update({ verified })}
          />
        </ListFilters>
        <PagedTable<Factory> query={factories} columns={columns} paging={list} />
      </Card>
    </>
  );
}

// ── venues ──

interface VenueForm {
  areaId?: number;
  address: string;
  areaSqm?: number;
  ownerName: string;
  ownerPhone?: string;
}

export function StaffVenuesPage() {
  const { t } = useTranslation();
  const list = useListParams(['areaId', 'status'] as const);
  const filters = {
    areaId: toPositiveInt(list.values.areaId),
    status: oneOf(VENUE_STATUSES, list.values.status),
    page: list.page,
    pageSize: list.pageSize,
  };
  const venues = useVenues(filters);
  const update = useUpdateVenue();
  const create = useCreateVenue();
  const [form] = Form.useForm<VenueForm>();
  const [creating, setCreating] = useState(false);
  const { scope } = useAreaScope();
  const columns: TableColumnsType<Venue> = [
    { title: t('piecework.fields.address'), dataIndex: 'address', fixed: 'left' },
    { title: t('piecework.staff.area'), dataIndex: 'areaName' },
    { title: t('piecework.fields.areaSqm'), dataIndex: 'areaSqm' },
    { title: t('piecework.fields.venueOwner'), dataIndex: 'ownerName' },
    { title: t('piecework.fields.ownerPhone'), dataIndex: 'ownerPhoneMasked', className: 's-mono' },
    {
      title: t('piecework.fields.status'),
      dataIndex: 'status',
      render: (status: Venue['status'], v) => (
        <Select
          aria-label={t('piecework.fields.status')}
          size="small"
          value={status}
          style={{ minWidth: 110 }}
          options={VENUE_STATUSES.map((s) => ({ value: s, label: t(`piecework.venueStatus.${s}`) }))}
          onChange={(next) => update.mutate({ id: v.id, status: next })}
        />
      ),
    },
  ];
  return (
    <>
      <StaffPageHeader
        title={t('piecework.staff.venuesTitle')}
        extra={
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('piecework.staff.addVenue')}
          </Button>
        }
      />
      <SectionTabs active="venues" />
      <Card>
        <ListFilters label={t('piecework.staff.filters')}>
          <AreaFilter id="venue-area" value={filters.areaId} onChange={(areaId) => list.update({ areaId })} />
          <SelectFilter
            id="venue-status"
            label={t('piecework.fields.status')}
            placeholder={t('piecework.staff.all')}
            value={filters.status}
            options={VENUE_STATUSES.map((v) => ({ value: v, label: t(`piecework.venueStatus.${v}`) }))}
            onChange={(status) => list.update({ status })}
          />
        </ListFilters>
        <PagedTable<Venue> query={venues} columns={columns} paging={list} />
      </Card>
      <FormModal<VenueForm, Venue>
        open={creating}
        title={t('piecework.staff.addVenue')}
        form={form}
        initialValues={{ address: '', ownerName: '' }}
        saving={create.isPending}
        savedMessage={t('piecework.staff.venueSaved')}
        onClose={() => setCreating(false)}
        onSubmit={(v, callbacks) =>
          create.mutate(
            {
              areaId: v.areaId!,
              address: v.address,
              areaSqm: v.areaSqm!,
              ownerName: v.ownerName,
              ...(v.ownerPhone ? { ownerPhone: v.ownerPhone } : {}),
            },
            callbacks,
          )
        }
      >
        <Form.Item
          name="areaId"
          label={t('piecework.staff.area')}
          htmlFor="venue-form-area"
          rules={[{ required: true }]}
        >
          <AreaTreeSelect id="venue-form-area" roots={scope?.roots ?? []} />
        </Form.Item>
        <Form.Item name="address" label={t('piecework.fields.address')} rules={[{ required: true, min: 2 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="areaSqm" label={t('piecework.fields.areaSqm')} rules={[{ required: true }]}>
          <InputNumber min={1} max={100000} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="ownerName" label={t('piecework.fields.venueOwner')} rules={[{ required: true }]}>
          <Input />
        </Form.Item>
        <Form.Item name="ownerPhone" label={t('piecework.fields.ownerPhone')}>
          <Input inputMode="tel" />
        </Form.Item>
      </FormModal>
    </>
  );
}

// ── wages and arrears ──

export function StaffWagesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const [to, setTo] = useState(() => new Date().toISOString().slice(0, 10));
  const [from, setFrom] = useState(() => new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));
  const [areaId, setAreaId] = useState<number | undefined>();
  const { scope } = useAreaScope();
  const wages = useWages({ from, to, ...(areaId ? { areaId } : {}) });
  const w = wages.data;
  const highlight = Number(params.get('settlement')) || null;
  const street = useMe().data?.role === 'street_officer';
  type Row = WagesReport['byFactory'][number];
  return (
    <>
      <StaffPageHeader title={t('piecework.staff.wagesTitle')} />
      <SectionTabs active="wages" />
      <Card>
        <Space wrap>
          <label htmlFor="wages-from">{t('piecework.staff.from')}</label>
          <Input
            id="wages-from"
            type="date"
            value={from}
            max={to}
            onChange={(e) => e.target.value && setFrom(e.target.value)}
          />
          <label htmlFor="wages-to">{t('piecework.staff.to')}</label>
          <Input
            id="wages-to"
            type="date"
            value={to}
            min={from}
            onChange={(e) => e.target.value && setTo(e.target.value)}
          />
          <label htmlFor="wages-area">{t('piecework.staff.area')}</label>
          <AreaTreeSelect
            id="wages-area"
            roots={scope?.roots ?? []}
            value={areaId}
            onChange={setAreaId}
            allowClear
            placeholder={t('common.allAreas')}
          />
        </Space>
      </Card>
      <Card
        title={<h2 className="s-card-title">{t('piecework.staff.arrears', { count: w?.arrears.length ?? 0 })}</h2>}
        style={{ marginTop: 16 }}
      >
        <Table
          rowKey="id"
          size="small"
          loading={wages.isFetching}
          dataSource={w?.arrears}
          pagination={false}
          scroll={{ x: 'max-content' }}
          rowClassName={(r) => (r.id === highlight ? 'pw-highlight' : '')}
          columns={[
            { title: t('piecework.fields.factoryName'), dataIndex: 'factoryName' },
            { title: t('piecework.staff.community'), dataIndex: 'communityName' },
            { title: t('piecework.fields.workDate'), dataIndex: 'workDate' },
            { title: t('piecework.staff.amount'), dataIndex: 'totalFen', render: yuan },
            { title: t('piecework.staff.workers'), dataIndex: 'workerCount' },
            {
              title: t('piecework.staff.overdue'),
              dataIndex: 'daysOverdue',
              render: (d: number) => <Tag color="red">{t('piecework.staff.days', { count: d })}</Tag>,
            },
            {
              title: t('piecework.fields.status'),
              dataIndex: 'status',
              render: (s: 'closed') => t(`piecework.settlementStatus.${s}`),
            },
          ]}
        />
      </Card>
      <Card title={<h2 className="s-card-title">{t('piecework.staff.byCommunity')}</h2>} style={{ marginTop: 16 }}>
        <Table
          rowKey="communityName"
          size="small"
          dataSource={w?.byCommunity}
          pagination={false}
          columns={[
            { title: t('piecework.staff.community'), dataIndex: 'communityName' },
            { title: t('piecework.staff.factories'), dataIndex: 'factories' },
            { title: t('piecework.staff.paid'), dataIndex: 'paidFen', render: yuan },
            { title: t('piecework.staff.unpaid'), dataIndex: 'unpaidFen', render: yuan },
            {
              title: t('piecework.staff.arrearsAmount'),
              dataIndex: 'arrearsFen',
              render: (v: number) => <Typography.Text type={v > 0 ? 'danger' : undefined}>{yuan(v)}</Typography.Text>,
            },
          ]}
        />
      </Card>
      <Card title={<h2 className="s-card-title">{t('piecework.staff.byFactory')}</h2>} style={{ marginTop: 16 }}>
        <Table<Row>
          rowKey="factoryId"
          size="small"
          dataSource={w?.byFactory}
          pagination={false}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('piecework.fields.factoryName'), dataIndex: 'factoryName' },
            { title: t('piecework.staff.community'), dataIndex: 'communityName' },
            { title: t('piecework.staff.workers'), dataIndex: 'workers' },
            { title: t('piecework.staff.paid'), dataIndex: 'paidFen', render: yuan },
            { title: t('piecework.staff.unpaid'), dataIndex: 'unpaidFen', render: yuan },
            { title: t('piecework.staff.arrearsAmount'), dataIndex: 'arrearsFen', render: yuan },
            { title: t('piecework.staff.flagged'), dataIndex: 'flaggedLines' },
          ]}
        />
      </Card>
      <Card title={<h2 className="s-card-title">{t('piecework.staff.flaggedTitle')}</h2>} style={{ marginTop: 16 }}>
        <Table
          rowKey="id"
          size="small"
          dataSource={w?.flagged}
          pagination={{ pageSize: 10 }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('piecework.fields.factoryName'), dataIndex: 'factoryName' },
            { title: t('piecework.fields.workDate'), dataIndex: 'workDate' },
            { title: t('piecework.staff.worker'), dataIndex: 'workerName' },
            { title: t('piecework.staff.amount'), dataIndex: 'amountFen', render: yuan },
            {
              title: t('piecework.staff.hours'),
              dataIndex: 'minutesPresent',
              render: (m: number | null) => (m === null ? '—' : (m / 60).toFixed(1)),
            },
            {
              title: t('piecework.staff.hourly'),
              dataIndex: 'effectiveHourlyFen',
              render: (v: number | null) => (v === null ? '—' : yuan(v)),
            },
            { title: t('piecework.staff.floor'), dataIndex: 'floorFenPerHour', render: yuan },
          ]}
        />
      </Card>
      <DisputedLines lines={w?.disputed ?? []} />
      {street && <LedgerCheck from={from} to={to} areaId={areaId} />}
    </>
  );
}

type LedgerRow = LedgerCheckResult['factories'][number];

/**
 * The street runs the ledger check (ADR 0047): each factory's settled lines of
 * the chosen days against its approved records, valued at their own rates and
 * rounded once per line, corrections included.
 */
function LedgerCheck({ from, to, areaId }: { from: string; to: string; areaId: number | undefined }) {
  const { t } = useTranslation();
  const check = useLedgerCheck();
  const r = check.data;
  const atOdds = r?.factories.filter((f) => !f.ok).length ?? 0;
  return (
    <Card
      title={<h2 className="s-card-title">{t('piecework.staff.ledgerTitle')}</h2>}
      style={{ marginTop: 16 }}
      extra={
        <Button
          type="primary"
          loading={check.isPending}
          data-testid="ledger-check"
          onClick={() => check.mutate({ from, to, ...(areaId ? { areaId } : {}) })}
        >
          {t('piecework.staff.ledgerRun')}
        </Button>
      }
    >
      <Typography.Paragraph>{t('piecework.staff.ledgerHint', { from, to })}</Typography.Paragraph>
      {check.isError && <Alert type="error" showIcon message={errorMessage(check.error)} />}
      {r && (
        <>
          <Alert
            type={r.ok ? 'success' : 'error'}
            showIcon
            data-testid="ledger-result"
            message={
              r.ok
                ? t('piecework.staff.ledgerOk', { count: r.factories.length, from: r.from, to: r.to })
                : t('piecework.staff.ledgerAtOdds', { count: atOdds, from: r.from, to: r.to })
            }
          />
          <Table<LedgerRow>
            rowKey="factoryId"
            size="small"
            style={{ marginTop: 12 }}
            dataSource={r.factories}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { title: t('piecework.fields.factoryName'), dataIndex: 'factoryName' },
              { title: t('piecework.staff.community'), dataIndex: 'communityName' },
              { title: t('piecework.staff.ledgerSettlements'), dataIndex: 'settlements' },
              { title: t('piecework.staff.ledgerLines'), dataIndex: 'lines' },
              { title: t('piecework.staff.ledgerSettled'), dataIndex: 'settledFen', render: yuan },
              { title: t('piecework.staff.ledgerExpected'), dataIndex: 'expectedFen', render: yuan },
              {
                title: t('piecework.staff.ledgerDifference'),
                dataIndex: 'differenceFen',
                render: (v: number) => (
                  <Typography.Text type={v !== 0 ? 'danger' : undefined}>{yuan(v)}</Typography.Text>
                ),
              },
              { title: t('piecework.staff.ledgerLinesAtOdds'), dataIndex: 'linesAtOdds' },
              {
                title: t('piecework.staff.ledgerPending'),
                key: 'pending',
                render: (_: unknown, f) =>
                  f.pendingAdjustments === 0
                    ? '—'
                    : t('piecework.staff.ledgerPendingValue', {
                        count: f.pendingAdjustments,
                        amount: formatE4(f.pendingAdjustmentE4),
                      }),
              },
              {
                title: t('piecework.staff.ledgerResult'),
                dataIndex: 'ok',
                render: (ok: boolean) => (
                  <Tag color={ok ? 'green' : 'red'}>
                    {ok ? t('piecework.staff.ledgerMatch') : t('piecework.staff.ledgerMismatch')}
                  </Tag>
                ),
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}

type DisputedLine = WagesReport['disputed'][number];

/** Disputes nobody has resolved: the officer hears both sides and records how it was settled. */
function DisputedLines({ lines }: { lines: DisputedLine[] }) {
  const { t } = useTranslation();
  const resolve = useResolve();
  const [form] = Form.useForm<{ resolutionNote: string }>();
  const [open, setOpen] = useState<DisputedLine | null>(null);
  return (
    <Card
      title={<h2 className="s-card-title">{t('piecework.staff.disputedTitle', { count: lines.length })}</h2>}
      style={{ marginTop: 16 }}
    >
      <Table<DisputedLine>
        rowKey="id"
        size="small"
        dataSource={lines}
        pagination={{ pageSize: 10 }}
        scroll={{ x: 'max-content' }}
        // antd's grey placeholder falls short of AA contrast; the words in body colour do not
        locale={{ emptyText: <Typography.Text>{t('piecework.staff.noDisputes')}</Typography.Text> }}
        columns={[
          { title: t('piecework.fields.factoryName'), dataIndex: 'factoryName' },
          { title: t('piecework.fields.workDate'), dataIndex: 'workDate' },
          { title: t('piecework.staff.worker'), dataIndex: 'workerName' },
          { title: t('piecework.staff.amount'), dataIndex: 'amountFen', render: yuan },
          { title: t('piecework.staff.disputeReason'), dataIndex: 'disputeReason' },
          {
            title: t('common.actions'),
            key: 'resolve',
            fixed: 'right',
            render: (_: unknown, line) => (
              <Button size="small" onClick={() => setOpen(line)}>
                {t('piecework.staff.resolve')}
              </Button>
            ),
          },
        ]}
      />
      <FormModal<{ resolutionNote: string }, unknown>
        open={open !== null}
        title={t('piecework.staff.resolveTitle', { name: open?.workerName ?? '', date: open?.workDate ?? '' })}
        form={form}
        initialValues={{ resolutionNote: '' }}
        saving={resolve.isPending}
        savedMessage={t('piecework.staff.resolved')}
        onClose={() => setOpen(null)}
        onSubmit={(values, callbacks) => resolve.mutate({ lineId: open!.id, note: values.resolutionNote }, callbacks)}
      >
        <Form.Item
          name="resolutionNote"
          label={t('piecework.staff.resolutionNote')}
          htmlFor="resolution-note"
          rules={[{ required: true, min: 2, max: 500 }]}
        >
          <Input.TextArea id="resolution-note" rows={3} maxLength={500} showCount />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
