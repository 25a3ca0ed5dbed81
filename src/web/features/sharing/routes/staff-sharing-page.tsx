import {
  Alert,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  List,
  Modal,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/form-modal';
import { StaffPageHeader } from '../../../components/staff-page-header';
import {
  businessDay,
  costFenPerDay,
  formatFen,
  parseYuanToFen,
  type SharingAgreement,
  type SharingBoard,
  type SharingPost,
} from '../../../lib/contracts';
import { useBrokerAgreement } from '../api/broker-agreement';
import { useSharingBoard } from '../api/get-board';
import { useBrokerMatches } from '../api/get-broker-matches';
import { useFirmEmployees } from '../api/list-firm-employees';
import { SharingReasons } from '../components/sharing-reasons';

type Flag = SharingBoard['flags'][number];

interface BrokerValues {
  workers: number[];
  postTitle: string;
  dailyHours: number;
  startDate: string;
  endDate: string;
  wage: string;
  socialInsurance: string;
  otherCosts: string;
  otherCostsNote: string;
  fee: string;
  duties: string;
  returnReasons: string;
  extensionTerms: string;
}

interface Pair {
  surplus: SharingPost;
  shortage: SharingPost;
}

/** Yuan typed as text, read by its digits (never through a float); 0 for what is not yet money. */
const fen = (text: string | undefined) => {
  const parsed = parseYuanToFen(text ?? '');
  return parsed.ok ? parsed.value : 0;
};
const yuanRule = {
  validator: (_: unknown, v: string) => (parseYuanToFen(v ?? '').ok ? Promise.resolve() : Promise.reject(new Error())),
};

/** The street's board (SPEC §3.5): figures, open posts with their ranked counterparts, agreements and pay flags. */
export function StaffSharingPage() {
  const { t } = useTranslation();
  const board = useSharingBoard();
  const [matchesOf, setMatchesOf] = useState<SharingPost | null>(null);
  const [pair, setPair] = useState<Pair | null>(null);

  const postColumns: TableColumnsType<SharingPost> = [
    { title: t('sharing.staff.columns.enterprise'), dataIndex: 'enterpriseName' },
    {
      title: t('sharing.staff.columns.kind'),
      dataIndex: 'kind',
      render: (k: SharingPost['kind']) => (
        <Tag color={k === 'surplus' ? 'blue' : 'orange'}>{t(`sharing.kinds.${k}`)}</Tag>
      ),
    },
    {
      title: t('sharing.staff.columns.skills'),
      dataIndex: 'skills',
      render: (skills: string[]) => skills.map((s) => t(`jobs.skills.${s}`, { defaultValue: s })).join('、'),
    },
    { title: t('sharing.staff.columns.headcount'), dataIndex: 'headcount' },
    {
      title: t('sharing.staff.columns.dates'),
      key: 'dates',
      render: (_, p) => t('sharing.dates', { from: p.startDate, to: p.endDate }),
    },
    { title: t('sharing.staff.columns.site'), dataIndex: 'siteName' },
    {
      title: t('sharing.staff.columns.actions'),
      key: 'actions',
      fixed: 'right',
      render: (_, p) => (
        <Button size="small" onClick={() => setMatchesOf(p)} data-testid={`matches-${p.id}`}>
          {t('sharing.staff.matches')}
        </Button>
      ),
    },
  ];

  const agreementColumns: TableColumnsType<SharingAgreement> = [
    { title: t('sharing.staff.columns.lending'), dataIndex: 'lendingName' },
    { title: t('sharing.staff.columns.borrowing'), dataIndex: 'borrowingName' },
    {
      title: t('sharing.staff.columns.worker'),
      key: 'workers',
      render: (_, a) => a.workers.map((w) => `${w.name}（${t(`sharing.consents.${w.consent}`)}）`).join('、'),
    },
    {
      title: t('sharing.staff.columns.dates'),
      key: 'dates',
      render: (_, a) => t('sharing.dates', { from: a.startDate, to: a.endDate }),
    },
    {
      title: t('sharing.staff.columns.status'),
      dataIndex: 'status',
      render: (s: SharingAgreement['status']) => (
        <Tag color={s === 'active' ? 'green' : 'orange'}>{t(`sharing.statuses.${s}`)}</Tag>
      ),
    },
    {
      title: t('sharing.staff.columns.waiting'),
      key: 'waiting',
      render: (_, a) => a.waitingFor.join('、') || '—',
    },
  ];

  const flagColumns: TableColumnsType<Flag> = [
    { title: t('sharing.staff.columns.worker'), dataIndex: 'name' },
    {
      title: t('sharing.staff.columns.lending'),
      key: 'firms',
      render: (_, f) => `${f.lendingName} → ${f.borrowingName}`,
    },
    { title: t('sharing.staff.columns.month'), dataIndex: 'month', render: (m: string) => m.slice(0, 7) },
    {
      title: t('sharing.staff.columns.received'),
      dataIndex: 'receivedFen',
      render: (v: number | null) => (v === null ? '—' : formatFen(v)),
    },
    {
      title: t('sharing.staff.columns.owed'),
      dataIndex: 'owedFen',
      render: (v: number | null) => (v === null ? '—' : formatFen(v)),
    },
    {
      title: t('sharing.staff.columns.paid'),
      dataIndex: 'paidFen',
      render: (v: number | null) => (v === null ? '—' : formatFen(v)),
    },
  ];

  return (
    <>
      <StaffPageHeader title={t('sharing.staff.title')} />
      {board.isError && <Alert type="error" showIcon message={String(board.error)} />}
      {board.data && (
        <Space direction="vertical" size="large" style={{ width: '100%' }}>
          <Row gutter={[16, 16]}>
            {(Object.keys(board.data.figures) as (keyof SharingBoard['figures'])[]).map((k) => (
              <Col key={k} xs={12} md={8} xl={4}>
                <Card size="small">
                  <Statistic title={t(`sharing.staff.figures.${k}`)} value={board.data.figures[k]} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card title={<h2 className="s-card-title">{t('sharing.staff.posts')}</h2>}>
            <Table
              rowKey="id"
              size="small"
              columns={postColumns}
              dataSource={board.data.posts}
              pagination={false}
              scroll={{ x: 900 }}
            />
          </Card>
          <Card title={<h2 className="s-card-title">{t('sharing.staff.agreements')}</h2>}>
            <Table
              rowKey="id"
              size="small"
              columns={agreementColumns}
              dataSource={board.data.agreements}
              pagination={false}
              scroll={{ x: 900 }}
              data-testid="sharing-agreements"
            />
          </Card>
          <Card title={<h2 className="s-card-title">{t('sharing.staff.flags')}</h2>}>
            <Table
              rowKey={(f) => `${f.agreementId}-${f.residentId}-${f.month}`}
              size="small"
              columns={flagColumns}
              dataSource={board.data.flags}
              pagination={false}
              locale={{ emptyText: t('sharing.staff.noFlags') }}
              scroll={{ x: 900 }}
            />
          </Card>
        </Space>
      )}
      <MatchesModal
        post={matchesOf}
        onClose={() => setMatchesOf(null)}
        onBroker={(other) => {
          if (!matchesOf) return;
          const [surplus, shortage] = matchesOf.kind === 'surplus' ? [matchesOf, other] : [other, matchesOf];
          setMatchesOf(null);
          setPair({ surplus, shortage });
        }}
      />
      <BrokerModal pair={pair} onClose={() => setPair(null)} />
    </>
  );
}

function MatchesModal({
  post,
  onClose,
  onBroker,
}: {
  post: SharingPost | null;
  onClose: () => void;
  onBroker: (other: SharingPost) => void;
}) {
  const { t } = useTranslation();
  const matches = useBrokerMatches(post?.id ?? null);
  return (
    <Modal
      open={post !== null}
      title={post ? t('sharing.staff.matchesTitle', { name: post.enterpriseName }) : ''}
      onCancel={onClose}
      footer={null}
      width={720}
    >
      <Typography.Paragraph type="secondary">{t('sharing.matches.explain')}</Typography.Paragraph>
      <List
        loading={matches.isPending && post !== null}
        dataSource={matches.data?.items ?? []}
        locale={{ emptyText: t('sharing.matches.empty') }}
        renderItem={(m) => (
          <List.Item
            data-testid="staff-sharing-match"
            actions={[
              <Button key="broker" type="primary" onClick={() => onBroker(m.post)}>
                {t('sharing.staff.broker')}
              </Button>,
            ]}
          >
            <List.Item.Meta
              title={
                <span>
                  {m.post.enterpriseName} · {t('sharing.matches.score', { score: m.score })}
                </span>
              }
              description={<SharingReasons reasons={m.reasons} />}
            />
          </List.Item>
        )}
      />
    </Modal>
  );
}

function BrokerModal({ pair, onClose }: { pair: Pair | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BrokerValues>();
  const employees = useFirmEmployees(pair?.surplus.enterpriseId ?? null);
  const broker = useBrokerAgreement();
  const [clientKey, setClientKey] = useState(() => `broker-${crypto.randomUUID()}`);
  const wage = Form.useWatch('wage', form);
  const socialInsurance = Form.useWatch('socialInsurance', form);
  const otherCosts = Form.useWatch('otherCosts', form);
  const cost = costFenPerDay({
    wageFenPerDay: fen(wage),
    socialInsuranceFenPerDay: fen(socialInsurance),
    otherCostsFenPerDay: fen(otherCosts),
  });
  if (!pair) return null;
  const today = businessDay(new Date());
  const start = pair.shortage.startDate > today ? pair.shortage.startDate : today;
  const end = pair.surplus.endDate < pair.shortage.endDate ? pair.surplus.endDate : pair.shortage.endDate;
  const wagePerDay = pair.shortage.payFenPerDay === null ? '' : formatFen(pair.shortage.payFenPerDay);
  return (
    <FormModal<BrokerValues, SharingAgreement>
      open
      title={`${t('sharing.staff.brokerTitle')}：${pair.surplus.enterpriseName} → ${pair.shortage.enterpriseName}`}
      form={form}
      saving={broker.isPending}
      savedMessage={t('sharing.staff.brokerDone')}
      initialValues={{
        workers: [],
        postTitle: '',
        dailyHours: pair.shortage.dailyHours ?? 8,
        startDate: start,
        endDate: end,
        wage: wagePerDay,
        socialInsurance: '0',
        otherCosts: '0',
        otherCostsNote: '',
        fee: wagePerDay,
        duties: '',
        returnReasons: '',
        extensionTerms: '',
      }}
      conflictFields={{
        SHARING_MARGIN_REFUSED: 'fee',
        SHARING_TERM_PAST_CONTRACT: 'endDate',
        SHARING_NOT_EMPLOYEE: 'workers',
        SHARING_NO_EMPLOYMENT: 'workers',
        SHARING_WORKER_TAKEN: 'workers',
      }}
      onClose={() => {
        setClientKey(`broker-${crypto.randomUUID()}`);
        onClose();
      }}
      onSubmit={(v, callbacks) =>
        broker.mutate(
          {
            lendingEnterpriseId: pair.surplus.enterpriseId,
            borrowingEnterpriseId: pair.shortage.enterpriseId,
            surplusPostId: pair.surplus.id,
            shortagePostId: pair.shortage.id,
            postTitle: v.postTitle,
            // The shortage's site: where the workers go.
            siteAreaId: pair.shortage.siteAreaId,
            dailyHours: v.dailyHours,
            startDate: v.startDate,
            endDate: v.endDate,
            headcount: v.workers.length,
            workers: v.workers.map((residentId) => ({ residentId })),
            wageFenPerDay: fen(v.wage),
            socialInsuranceFenPerDay: fen(v.socialInsurance),
            otherCostsFenPerDay: fen(v.otherCosts),
            otherCostsNote: v.otherCostsNote,
            feeFenPerDay: fen(v.fee),
            duties: v.duties,
            returnReasons: v.returnReasons,
            extensionTerms: v.extensionTerms,
            clientKey,
          },
          callbacks,
        )
      }
    >
      <Form.Item name="workers" label={t('sharing.staff.workers')} rules={[{ required: true, type: 'array', min: 1 }]}>
        <Checkbox.Group
          options={(employees.data?.items ?? []).map((e) => ({
            value: e.residentId,
            label: `${e.name}${e.contractEnd ? `（${t('sharing.agreement.contractEnd', { date: e.contractEnd })}）` : ''}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="postTitle" label={t('sharing.staff.postTitle')} rules={[{ required: true }]}>
        <Input maxLength={60} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="dailyHours" label={t('sharing.staff.dailyHours')}>
          <InputNumber min={1} max={12} />
        </Form.Item>
        <Form.Item name="startDate" label={t('sharing.staff.startDate')}>
          <Input type="date" />
        </Form.Item>
        <Form.Item name="endDate" label={t('sharing.staff.endDate')}>
          <Input type="date" />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item
          name="wage"
          label={t('sharing.staff.wage')}
          rules={[{ ...yuanRule, message: t('sharing.staff.wage') }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item
          name="socialInsurance"
          label={t('sharing.staff.socialInsurance')}
          rules={[{ ...yuanRule, message: t('sharing.staff.socialInsurance') }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
        <Form.Item
          name="otherCosts"
          label={t('sharing.staff.otherCosts')}
          rules={[{ ...yuanRule, message: t('sharing.staff.otherCosts') }]}
        >
          <Input inputMode="decimal" />
        </Form.Item>
      </Space>
      <Form.Item name="otherCostsNote" label={t('sharing.staff.otherCostsNote')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="fee"
        label={t('sharing.staff.fee')}
        extra={t('sharing.staff.feeHint', { cost: formatFen(cost) })}
        rules={[{ ...yuanRule, message: t('sharing.staff.fee') }]}
      >
        <Input inputMode="decimal" />
      </Form.Item>
      <Alert type="info" showIcon message={t('sharing.agreement.noMargin')} style={{ marginBottom: 16 }} />
      <Form.Item label={t('sharing.agreement.injury')}>
        <Typography.Text>{t('sharing.agreement.injuryLending')}</Typography.Text>
      </Form.Item>
      <Form.Item name="duties" label={t('sharing.staff.duties')}>
        <Input.TextArea maxLength={1000} autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="returnReasons" label={t('sharing.staff.returnReasons')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 1 }} />
      </Form.Item>
      <Form.Item name="extensionTerms" label={t('sharing.staff.extension')}>
        <Input.TextArea maxLength={500} autoSize={{ minRows: 1 }} />
      </Form.Item>
    </FormModal>
  );
}
