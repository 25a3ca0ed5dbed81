import { Alert, Button, Card, Col, Form, Input, Row, Select, Space, Tooltip, type TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { PagedTable } from '../../../components/paged-table';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { isRole, type AuditEvent } from '../../../lib/contracts';
import { formatDateTime, shanghaiDayBounds } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useListParams } from '../../../lib/use-list-params';
import { useAuditEvents } from '../api/list-audit-events';
import { useVerifyAuditChain } from '../api/verify-audit-chain';
import zhCN from '../../../lib/i18n/zh-CN';
import { AuditChange } from '../components/audit-change';

const FILTER_KEYS = ['action', 'actor', 'targetType', 'targetId', 'from', 'to'] as const;
type FilterValues = Record<(typeof FILTER_KEYS)[number], string>;

export function AuditLogPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { values, page, pageSize, update } = useListParams(FILTER_KEYS);
  // The date boxes hold Beijing calendar days; the API wants instants.
  const events = useAuditEvents({
    action: values.action,
    actor: values.actor,
    targetType: values.targetType,
    targetId: values.targetId,
    from: values.from ? shanghaiDayBounds(values.from).from : undefined,
    to: values.to ? shanghaiDayBounds(values.to).to : undefined,
    page,
    pageSize,
  });
  const verify = useVerifyAuditChain();

  const formValues = Object.fromEntries(FILTER_KEYS.map((key) => [key, values[key] ?? ''])) as FilterValues;

  const columns: TableColumnsType<AuditEvent> = [
    { title: t('staff.audit.columns.id'), dataIndex: 'id', className: 's-mono' },
    { title: t('staff.audit.columns.at'), dataIndex: 'at', render: (at: string) => formatDateTime(at, locale) },
    {
      title: t('staff.audit.columns.actor'),
      key: 'actor',
      render: (_, event) => {
        if (event.actorId === null && event.actorName === null) return t('staff.audit.system');
        return (
          <>
            {event.actorName ?? t('staff.audit.unknownActor')}
            {event.actorRole && (
              <div className="s-subtle">
                {isRole(event.actorRole) ? t(`roles.${event.actorRole}`) : event.actorRole}
              </div>
            )}
          </>
        );
      },
    },
    {
      title: t('staff.audit.columns.action'),
      dataIndex: 'action',
      render: (action: string) => actionWords(t, action),
    },
    {
      title: t('staff.audit.columns.target'),
      key: 'target',
      render: (_, event) => {
        const kind = targetWords(t, event.targetType);
        if (!event.targetId) return kind;
        // A platform setting is named by its words, not its key.
        if (event.targetType === 'settings') {
          const name = SETTING_NAMES.includes(event.targetId)
            ? t(`staff.audit.settingNames.${event.targetId}` as never)
            : t('staff.audit.otherTarget');
          return `${kind} · ${name}`;
        }
        return `${kind} · ${t('staff.audit.recordNo', { id: event.targetId })}`;
      },
    },
    {
      title: t('staff.audit.columns.ip'),
      dataIndex: 'ip',
      className: 's-mono',
      render: (ip: string | null) => ip ?? '—',
    },
    {
      title: t('staff.audit.columns.hash'),
      dataIndex: 'hash',
      render: (hash: string) => (
        <Tooltip title={<span className="s-mono">{hash}</span>}>
          <span className="s-mono" aria-label={hash}>
            {hash.slice(0, 12)}…
          </span>
        </Tooltip>
      ),
    },
  ];

  return (
    <>
      <StaffPageHeader
        title={t('staff.audit.title')}
        extra={
          <Button
            type="primary"
            loading={verify.isFetching}
            onClick={() => void verify.refetch()}
            data-testid="verify-chain"
          >
            {t('staff.audit.verify')}
          </Button>
        }
      />
      <div data-testid="verify-result">
        <VerifyResult verify={verify} />
      </div>
      <Card>
        <Form<FilterValues>
          // Remounted whenever the URL's filters change (back button, reset) so the boxes show what is applied.
          key={JSON.stringify(formValues)}
          initialValues={formValues}
          layout="vertical"
          className="s-filters"
          role="search"
          aria-label={t('staff.audit.filters')}
          onFinish={(filters) => update(filters)}
        >
          <Row gutter={16}>
            <Col xs={24} sm={12} lg={6}>
              <Form.Item name="action" label={t('staff.audit.columns.action')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('staff.audit.anyAction')}
                  options={actionOptions(t)}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item name="actor" label={t('staff.audit.actor')}>
                <Input allowClear placeholder={t('staff.audit.actorHint')} />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={4}>
              <Form.Item name="targetType" label={t('staff.audit.targetType')}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  placeholder={t('staff.audit.anyTarget')}
                  options={TARGET_TYPES.map((value) => ({ value, label: targetWords(t, value) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={12} sm={6} lg={3}>
              <Form.Item name="targetId" label={t('staff.audit.targetId')}>
                <Input allowClear />
              </Form.Item>
            </Col>
            <Col xs={12} sm={9} lg={4}>
              <Form.Item name="from" label={t('staff.audit.from')}>
                <Input type="date" />
              </Form.Item>
            </Col>
            <Col xs={12} sm={9} lg={4}>
              <Form.Item name="to" label={t('staff.audit.to')}>
                <Input type="date" />
              </Form.Item>
            </Col>
          </Row>
          <Space style={{ marginBottom: 16 }}>
            <Button type="primary" htmlType="submit">
              {t('common.search')}
            </Button>
            <Button onClick={() => update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])))}>
              {t('common.reset')}
            </Button>
          </Space>
        </Form>
        <PagedTable<AuditEvent>
          query={events}
          columns={columns}
          expandable={{
            expandedRowRender: (event) => <AuditChange event={event} />,
            rowExpandable: (event) => event.before !== null || event.after !== null,
          }}
          paging={{ page, pageSize, update }}
        />
      </Card>
    </>
  );
}

function VerifyResult({ verify }: { verify: ReturnType<typeof useVerifyAuditChain> }) {
  const { t } = useTranslation();
  if (verify.isError) {
    return <Alert type="error" showIcon role="alert" title={errorMessage(verify.error)} style={{ marginBottom: 16 }} />;
  }
  if (!verify.data || verify.isFetching) return null;
  const { ok, checked, brokenAtId } = verify.data;
  return ok ? (
    <Alert
      type="success"
      showIcon
      role="status"
      title={t('staff.audit.verifyOk', { checked })}
      style={{ marginBottom: 16 }}
    />
  ) : (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={t('staff.audit.verifyBroken', { id: brokenAtId ?? '?', checked })}
      description={t('staff.audit.verifyBrokenHint')}
      style={{ marginBottom: 16 }}
    />
  );
}

/** Every audit action with words, flattened from the translations ("resident.reveal" → 查看完整个人信息). */
function actionCodes(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : actionCodes(value as object, `${prefix}${key}.`),
  );
}

const ACTION_CODES = actionCodes(zhCN.staff.audit.actions);
const TARGET_TYPES = Object.keys(zhCN.staff.audit.targets);
const SETTING_NAMES = Object.keys(zhCN.staff.audit.settingNames);

function actionOptions(t: TFunction) {
  return ACTION_CODES.map((value) => ({ value, label: actionWords(t, value) }));
}

/** The words for an action; one the translations do not know yet reads as "other" rather than as its code. */
function actionWords(t: TFunction, action: string): string {
  return ACTION_CODES.includes(action) ? t(`staff.audit.actions.${action}` as never) : t('staff.audit.otherAction');
}

function targetWords(t: TFunction, targetType: string): string {
  return TARGET_TYPES.includes(targetType)
    ? t(`staff.audit.targets.${targetType}` as never)
    : t('staff.audit.otherTarget');
}
