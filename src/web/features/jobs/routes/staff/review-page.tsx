import { App, Button, Card, Input, Modal, Segmented, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../../components/staff-page-header';
import { errorMessage } from '../../../../lib/api-client';
import type { JobPostDetail } from '../../../../lib/contracts';
import { useCertifyMother } from '../../api/certify-mother';
import { useDecidePost } from '../../api/decide-post';
import { useReviewQueue, type Queue } from '../../api/list-review-queue';
import { useTakeDownPost } from '../../api/take-down-post';
import { payText, windowsText } from '../../components/format';

type Pending = { post: JobPostDetail; kind: 'approve' | 'reject' | 'certify' | 'refuse' | 'takeDown' };

/** The street's queue: posts of unverified employers, 妈妈岗 requests, and every open post (to take one down). */
export function JobReviewPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [queue, setQueue] = useState<Queue>('review');
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(20);
  const list = useReviewQueue(queue, page, pageSize);
  const decide = useDecidePost();
  const certify = useCertifyMother();
  const takeDown = useTakeDownPost();
  const [pending, setPending] = useState<Pending | null>(null);
  const [note, setNote] = useState('');

  const confirm = () => {
    if (!pending) return;
    const id = pending.post.id;
    const trimmed = note.trim();
    const handlers = {
      onSuccess: () => {
        void message.success(t('jobs.staff.done'));
        setPending(null);
        setNote('');
      },
      onError: (e: unknown) => void message.error(errorMessage(e)),
    };
    const withNote = trimmed ? { note: trimmed } : {};
    if (pending.kind === 'approve' || pending.kind === 'reject')
      decide.mutate({ id, approve: pending.kind === 'approve', ...withNote }, handlers);
    else if (pending.kind === 'takeDown') takeDown.mutate({ id, note: trimmed }, handlers);
    else certify.mutate({ id, certify: pending.kind === 'certify', ...withNote }, handlers);
  };

  const columns: TableColumnsType<JobPostDetail> = [
    { title: t('jobs.employer.titleField'), dataIndex: 'title', fixed: 'left' },
    { title: t('jobs.staff.enterprise'), dataIndex: 'enterpriseName' },
    { title: t('jobs.employer.workplace'), dataIndex: 'workAreaName' },
    { title: t('jobs.detail.pay'), key: 'pay', render: (_, p) => payText(t, p) },
    { title: t('jobs.staff.schedule'), key: 'schedule', render: (_, p) => windowsText(t, p.windows, p.flexible) },
    {
      title: t('jobs.staff.terms'),
      key: 'terms',
      render: (_, p) =>
        `${p.contract ? t('jobs.staff.yes') : t('jobs.staff.no')} / ${p.socialInsurance ? t('jobs.staff.yes') : t('jobs.staff.no')}`,
    },
    { title: t('jobs.employer.requirements'), dataIndex: 'requirements', ellipsis: true },
    {
      title: t('jobs.badge.mother'),
      dataIndex: 'motherStatus',
      render: (s: JobPostDetail['motherStatus']) => (
        <Tag color={s === 'certified' ? 'magenta' : undefined}>{t(`jobs.motherStatuses.${s}`)}</Tag>
      ),
    },
    {
      title: '',
      key: 'actions',
      fixed: 'right',
      render: (_, post) => (
        <Space wrap>
          {queue === 'review' && (
            <>
              <Button type="primary" size="small" onClick={() => setPending({ post, kind: 'approve' })}>
                {t('jobs.staff.approve')}
              </Button>
              <Button danger size="small" onClick={() => setPending({ post, kind: 'reject' })}>
                {t('jobs.staff.reject')}
              </Button>
            </>
          )}
          {queue === 'mother' && (
            <>
              <Button type="primary" size="small" onClick={() => setPending({ post, kind: 'certify' })}>
                {t('jobs.staff.certify')}
              </Button>
              <Button danger size="small" onClick={() => setPending({ post, kind: 'refuse' })}>
                {t('jobs.staff.refuse')}
              </Button>
            </>
          )}
          {queue === 'published' && (
            <Button danger size="small" onClick={() => setPending({ post, kind: 'takeDown' })}>
              {t('jobs.staff.takeDown')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  const actionLabel = pending
    ? {
        approve: t('jobs.staff.approve'),
        reject: t('jobs.staff.reject'),
        certify: t('jobs.staff.certify'),
        refuse: t('jobs.staff.refuse'),
        takeDown: t('jobs.staff.takeDown'),
      }[pending.kind]
    : '';

  return (
    <>
      <StaffPageHeader title={t('jobs.staff.reviewTitle')} />
      <Card>
        <Segmented<Queue>
          value={queue}
          onChange={(q) => {
            setQueue(q);
            setPage(1);
          }}
          options={(['review', 'mother', 'published'] as const).map((q) => ({
            value: q,
            label: t(`jobs.staff.queues.${q}`),
          }))}
          style={{ marginBottom: 16 }}
        />
        <Table<JobPostDetail>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items}
          loading={list.isFetching}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page,
            pageSize,
            total: list.data?.total ?? 0,
            onChange: (p, s) => (setPage(p), setPageSize(s)),
          }}
        />
      </Card>
      <Modal
        open={pending !== null}
        title={pending ? `${actionLabel}：${pending.post.title}` : ''}
        okText={actionLabel}
        cancelText={t('common.cancel')}
        okButtonProps={{
          danger: pending?.kind === 'reject' || pending?.kind === 'refuse' || pending?.kind === 'takeDown',
          disabled: pending?.kind === 'takeDown' && note.trim().length < 2,
          loading: decide.isPending || certify.isPending || takeDown.isPending,
        }}
        onOk={confirm}
        onCancel={() => setPending(null)}
      >
        <label htmlFor="review-note">{t('jobs.staff.note')}</label>
        <Input.TextArea
          id="review-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('jobs.staff.notePlaceholder')}
          maxLength={300}
        />
      </Modal>
    </>
  );
}
