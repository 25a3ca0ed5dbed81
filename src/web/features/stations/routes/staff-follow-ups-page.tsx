import { App, Button, Card, Input, Modal, Segmented, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { useKeepsFollowUps } from '../../../lib/auth';
import { useCloseFollowUp } from '../api/close-follow-up';
import type { FollowUp } from '../api/contracts';
import { useFollowUps } from '../api/list-follow-ups';
import { useRevealFollowUpPhone } from '../api/reveal-follow-up-phone';

type Filter = 'open' | 'closed' | 'all';

/**
 * Low ratings to call back about: the station's agents see their station's, a community's officers
 * their community's (decisions on applications included), the street all of them. Whoever calls
 * shows the phone (audited) and closes the task with what was done.
 */
export function StaffFollowUpsPage() {
  const { t } = useTranslation();
  const keeps = useKeepsFollowUps();
  const [filter, setFilter] = useState<Filter>('open');
  const list = useFollowUps(filter === 'all' ? undefined : filter);
  const reveal = useRevealFollowUpPhone();
  const [phones, setPhones] = useState<Record<number, string>>({});
  const [closing, setClosing] = useState<FollowUp | null>(null);
  const { message } = App.useApp();
  const columns: TableColumnsType<FollowUp> = [
    { title: t('stations.followUps.ratedAt'), dataIndex: 'ratedAt', render: (v: string) => v.slice(0, 10) },
    {
      title: t('stations.followUps.subject'),
      dataIndex: 'kind',
      render: (k: FollowUp['kind']) => t(`stations.rate.kinds.${k}`),
    },
    {
      title: t('stations.followUps.owner'),
      key: 'owner',
      render: (_, r) => r.stationName ?? `${r.areaName} · ${t('stations.followUps.decision')}`,
    },
    { title: t('stations.followUps.resident'), dataIndex: 'residentName' },
    {
      title: t('stations.followUps.phone'),
      key: 'phone',
      render: (_, r) =>
        phones[r.id] ? (
          <span data-testid={`phone-${r.id}`}>{phones[r.id]}</span>
        ) : (
          <>
            {r.residentPhone}{' '}
            {keeps && r.status === 'open' && (
              <Button
                size="small"
                onClick={() =>
                  reveal.mutate(r.id, {
                    onSuccess: (v) => setPhones((p) => ({ ...p, [r.id]: v.phone })),
                    onError: (e) => void message.error(errorMessage(e)),
                  })
                }
              >
                {t('stations.followUps.reveal')}
              </Button>
            )}
          </>
        ),
    },
    { title: t('stations.followUps.score'), dataIndex: 'score' },
    { title: t('stations.followUps.comment'), dataIndex: 'comment', render: (v: string) => v || '—' },
    {
      title: t('stations.followUps.status'),
      key: 'status',
      render: (_, r) =>
        r.status === 'open' ? (
          <Tag color="orange">{t('stations.followUps.open')}</Tag>
        ) : (
          <span>
            <Tag color="green">{t('stations.followUps.closed')}</Tag>
            {r.note} {r.closedByName && `（${r.closedByName}）`}
          </span>
        ),
    },
    {
      title: '',
      key: 'act',
      render: (_, r) =>
        keeps &&
        r.status === 'open' && (
          <Button type="primary" onClick={() => setClosing(r)} data-testid={`close-${r.id}`}>
            {t('stations.followUps.close')}
          </Button>
        ),
    },
  ];
  return (
    <>
      <StaffPageHeader title={t('stations.followUps.title')} />
      <Card>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'open', label: t('stations.followUps.open') },
            { value: 'closed', label: t('stations.followUps.closed') },
            { value: 'all', label: t('stations.followUps.all') },
          ]}
        />
        <Table<FollowUp>
          rowKey="id"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.isFetching}
          pagination={false}
          locale={{ emptyText: t('stations.followUps.none') }}
          scroll={{ x: 'max-content' }}
        />
      </Card>
      {closing && <CloseModal followUp={closing} onClose={() => setClosing(null)} />}
    </>
  );
}

function CloseModal({ followUp, onClose }: { followUp: FollowUp; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useCloseFollowUp();
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={`${t('stations.followUps.note')} · ${followUp.residentName}`}
      okText={t('stations.followUps.close')}
      confirmLoading={close.isPending}
      okButtonProps={{ disabled: note.trim() === '' }}
      onCancel={onClose}
      onOk={() =>
        close.mutate(
          { id: followUp.id, note: note.trim() },
          {
            onSuccess: () => {
              void message.success(t('stations.followUps.closedMessage'));
              onClose();
            },
            onError: (e) => void message.error(errorMessage(e)),
          },
        )
      }
    >
      <label htmlFor="follow-up-note">{t('stations.followUps.note')}</label>
      <Input.TextArea
        id="follow-up-note"
        rows={4}
        maxLength={1000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        placeholder={t('stations.followUps.notePlaceholder')}
      />
      {note.trim() === '' && <p>{t('stations.followUps.noteRequired')}</p>}
    </Modal>
  );
}
