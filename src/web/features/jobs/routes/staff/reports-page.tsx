import {
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Segmented,
  Select,
  Space,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../../components/staff-page-header';
import { errorMessage } from '../../../../lib/api-client';
import { formatDateTime } from '../../../../lib/format';
import { currentLocale } from '../../../../lib/i18n';
import { useAddToWatchlist } from '../../api/add-to-watchlist';
import { useEnterpriseOptions } from '../../api/list-enterprise-options';
import { useReports, type PostReport } from '../../api/list-reports';
import { useWatchlist, type WatchEntry } from '../../api/list-watchlist';
import { useRemoveFromWatchlist } from '../../api/remove-from-watchlist';
import { useResolveReport } from '../../api/resolve-report';

/** Reports of posts (upholding one takes the post down) and the employers' red / black list. */
export function JobReportsPage() {
  const { t } = useTranslation();
  return (
    <>
      <StaffPageHeader title={t('jobs.staff.reportsTitle')} />
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Reports />
        <Watchlist />
      </Space>
    </>
  );
}

function Reports() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<PostReport['status']>('open');
  const [page, setPage] = useState(1);
  const list = useReports(status, page, 20);
  const resolve = useResolveReport();
  const [pending, setPending] = useState<{ report: PostReport; uphold: boolean } | null>(null);
  const [note, setNote] = useState('');
  const columns: TableColumnsType<PostReport> = [
    { title: t('jobs.employer.titleField'), dataIndex: 'postTitle' },
    { title: t('jobs.staff.enterprise'), dataIndex: 'enterpriseName' },
    {
      title: t('jobs.staff.reason'),
      dataIndex: 'reason',
      render: (r: string) => <Tag color="red">{t(`jobs.reportReasons.${r as 'fee'}`)}</Tag>,
    },
    { title: t('jobs.detail.reportDetail'), dataIndex: 'detail' },
    { title: '', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at, currentLocale()) },
    {
      title: t('common.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, report) =>
        report.status === 'open' ? (
          <Space>
            <Button danger size="small" onClick={() => setPending({ report, uphold: true })}>
              {t('jobs.staff.uphold')}
            </Button>
            <Button size="small" onClick={() => setPending({ report, uphold: false })}>
              {t('jobs.staff.dismiss')}
            </Button>
          </Space>
        ) : (
          report.handledNote
        ),
    },
  ];
  return (
    <Card title={<h2 className="s-card-title">{t('jobs.staff.reports')}</h2>}>
      <Segmented<PostReport['status']>
        value={status}
        onChange={(s) => (setStatus(s), setPage(1))}
        options={(['open', 'upheld', 'dismissed'] as const).map((s) => ({
          value: s,
          label: t(`jobs.staff.reportStatuses.${s}`),
        }))}
        style={{ marginBottom: 16 }}
      />
      <Table<PostReport>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
      />
      <Modal
        open={pending !== null}
        title={pending ? (pending.uphold ? t('jobs.staff.uphold') : t('jobs.staff.dismiss')) : ''}
        okText={pending?.uphold ? t('jobs.staff.uphold') : t('jobs.staff.dismiss')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: pending?.uphold, disabled: note.trim().length < 2, loading: resolve.isPending }}
        onCancel={() => setPending(null)}
        onOk={() =>
          pending &&
          resolve.mutate(
            { id: pending.report.id, uphold: pending.uphold, note: note.trim() },
            {
              onSuccess: () => (setPending(null), setNote(''), void message.success(t('jobs.staff.done'))),
              onError: (e) => void message.error(errorMessage(e)),
            },
          )
        }
      >
        <label htmlFor="report-note">{t('jobs.staff.note')}</label>
        <Input.TextArea
          id="report-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('jobs.staff.notePlaceholder')}
          maxLength={300}
        />
      </Modal>
    </Card>
  );
}

function Watchlist() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const list = useWatchlist();
  const add = useAddToWatchlist();
  const remove = useRemoveFromWatchlist();
  const [search, setSearch] = useState('');
  const options = useEnterpriseOptions(search);
  const [form] = Form.useForm<{ enterpriseId: number; kind: 'red' | 'black'; reason: string }>();
  const columns: TableColumnsType<WatchEntry> = [
    { title: t('jobs.staff.enterpriseId'), dataIndex: 'enterpriseName' },
    {
      title: t('jobs.staff.kind'),
      dataIndex: 'kind',
      render: (k: WatchEntry['kind']) => (
        <Tag color={k === 'black' ? 'default' : 'red'}>{t(`jobs.staff.watchlistKinds.${k}`)}</Tag>
      ),
    },
    { title: t('jobs.staff.reason'), dataIndex: 'reason' },
    { title: t('jobs.staff.createdBy'), dataIndex: 'createdBy' },
    {
      title: '',
      key: 'remove',
      render: (_, e) => (
        <Button
          size="small"
          onClick={() => remove.mutate(e.id, { onError: (err) => void message.error(errorMessage(err)) })}
        >
          {t('jobs.staff.removeWatch')}
        </Button>
      ),
    },
  ];
  return (
    <Card title={<h2 className="s-card-title">{t('jobs.staff.watchlist')}</h2>}>
      <Form
        form={form}
        layout="inline"
        initialValues={{ kind: 'black' }}
        onFinish={(v) =>
          add.mutate(v, {
            onSuccess: () => (form.resetFields(), void message.success(t('jobs.staff.done'))),
            onError: (e) => void message.error(errorMessage(e)),
          })
        }
        style={{ marginBottom: 16, rowGap: 8 }}
      >
        <Form.Item
          name="enterpriseId"
          label={t('jobs.staff.enterpriseId')}
          rules={[{ required: true, message: t('jobs.staff.enterpriseId') }]}
        >
          <Select
            showSearch
            style={{ width: 240 }}
            filterOption={false}
            onSearch={setSearch}
            options={options.data?.items.map((e) => ({ value: e.id, label: e.name }))}
          />
        </Form.Item>
        <Form.Item name="kind" label={t('jobs.staff.kind')}>
          <Select
            style={{ width: 120 }}
            options={(['black', 'red'] as const).map((k) => ({ value: k, label: t(`jobs.staff.watchlistKinds.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('jobs.staff.reason')}
          rules={[{ required: true, min: 2, message: t('jobs.staff.notePlaceholder') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('jobs.staff.addWatch')}
        </Button>
      </Form>
      <Table<WatchEntry>
        rowKey="id"
        columns={columns}
        dataSource={list.data?.items}
        loading={list.isFetching}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}
