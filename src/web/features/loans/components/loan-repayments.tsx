import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-client';
import { businessDay } from '../../../lib/contracts';
import { formatDateTime, formatFenYuan } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { fenOfYuan } from '../../../lib/validation';
import type { LoanDetail } from '../api/contracts';
import { useRecordRepayment } from '../api/record-repayment';

type Period = LoanDetail['schedule'][number];

/** The bank records a repayment against a period still open, by its own reference (流水号); then the list. */
export function LoanRepayments({ loan, canRecord }: { loan: LoanDetail; canRecord: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const record = useRecordRepayment(loan.id);
  const open = loan.schedule.filter((p) => p.paidFen < p.owesFen);
  const [periodNo, setPeriodNo] = useState<number | undefined>(open[0]?.no);
  const period = open.find((p) => p.no === periodNo);
  const [amount, setAmount] = useState(period ? String((period.owesFen - period.paidFen) / 100) : '');
  // today as a business day in Asia/Shanghai, whatever the browser's zone
  const [paidOn, setPaidOn] = useState(businessDay(new Date()));
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const choose = (no: number) => {
    setPeriodNo(no);
    const p = open.find((x) => x.no === no);
    if (p) setAmount(String((p.owesFen - p.paidFen) / 100));
  };
  const submit = () => {
    setProblem(null);
    if (!periodNo) return;
    let amountFen: number;
    try {
      amountFen = fenOfYuan(amount, 'repaymentAmount');
    } catch (err) {
      return setProblem((err as Error).message);
    }
    if (!reference.trim()) return setProblem(t('loans.repay.referenceRequired'));
    record.mutate(
      { periodNo, amountFen, paidOn, reference: reference.trim() },
      {
        onSuccess: (next) => {
          setReference('');
          const nextOpen = next.schedule.find((p) => p.paidFen < p.owesFen);
          setPeriodNo(nextOpen?.no);
          setAmount(nextOpen ? String((nextOpen.owesFen - nextOpen.paidFen) / 100) : '');
          void message.success(t('loans.repay.recorded'));
        },
        onError: (err) => setProblem(errorMessage(err)),
      },
    );
  };

  type Row = LoanDetail['repayments'][number];
  const columns: TableColumnsType<Row> = [
    { title: t('loans.repay.period'), dataIndex: 'periodNo', fixed: 'left' },
    { title: t('loans.repay.paidOn'), dataIndex: 'paidOn' },
    { title: t('loans.repay.amount'), key: 'a', align: 'right', render: (_, r) => formatFenYuan(r.amountFen) },
    { title: t('loans.repay.reference'), dataIndex: 'reference' },
    { title: t('loans.repay.source'), key: 's', render: (_, r) => t(`loans.repay.sources.${r.source}`) },
    {
      title: t('loans.repay.recordedBy'),
      key: 'b',
      render: (_, r) => `${r.recordedBy} · ${formatDateTime(r.recordedAt, currentLocale())}`,
    },
  ];
  return (
    <Card title={t('loans.repay.title')}>
      {canRecord && open.length > 0 && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }}>
          <Space wrap>
            <label htmlFor="repay-period">{t('loans.repay.period')}</label>
            <Select<number>
              id="repay-period"
              style={{ minWidth: 260 }}
              value={periodNo}
              onChange={choose}
              options={open.map((p: Period) => ({
                value: p.no,
                label: t('loans.repay.periodOption', {
                  no: p.no,
                  due: p.dueOn,
                  open: formatFenYuan(p.owesFen - p.paidFen),
                }),
              }))}
            />
            <label htmlFor="repay-day">{t('loans.repay.paidOn')}</label>
            <Input
              id="repay-day"
              type="date"
              style={{ width: 170 }}
              value={paidOn}
              onChange={(e) => setPaidOn(e.target.value)}
            />
          </Space>
          <Space wrap>
            <label htmlFor="repay-amount">{t('loans.repay.amount')}</label>
            <Input
              id="repay-amount"
              style={{ width: 160 }}
              value={amount}
              onChange={(e) => setAmount(e.target.value)}
            />
            <label htmlFor="repay-reference">{t('loans.repay.reference')}</label>
            <Input
              id="repay-reference"
              style={{ width: 220 }}
              maxLength={64}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
            <Button type="primary" loading={record.isPending} onClick={submit} data-testid="repay-submit">
              {t('loans.repay.record')}
            </Button>
          </Space>
          {problem && <Alert type="error" showIcon title={problem} role="alert" />}
        </Space>
      )}
      {loan.status === 'overdue' && (
        <p>
          <Tag color="red">{t('loans.status.overdue')}</Tag>
          {t('loans.repay.overdueNote')}
        </p>
      )}
      {loan.repayments.length === 0 ? (
        <p data-testid="loan-repayments">{t('loans.repay.none')}</p>
      ) : (
        <Table<Row>
          size="small"
          rowKey="id"
          pagination={false}
          columns={columns}
          dataSource={loan.repayments}
          scroll={{ x: 'max-content' }}
          data-testid="loan-repayments"
        />
      )}
    </Card>
  );
}
