import '../loans.css';
import { Alert, Button, Card, Checkbox, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import type { RepaymentImportResult } from '../api/contracts';
import { repaymentTemplateUrl } from '../api/download-repayment-template';
import { useImportRepayments } from '../api/import-repayments';

/**
 * The bank's Excel import of repayments: the template to fill in, the file, and what came of it — every bad row
 * and column in words; nothing is written while a row is bad unless the bank chooses to skip the bad rows; a
 * file imported again changes nothing (one repayment per bank reference).
 */
export function StaffLoanRepaymentsPage() {
  const { t } = useTranslation();
  const run = useImportRepayments();
  const [file, setFile] = useState<File | null>(null);
  const [skip, setSkip] = useState(false);
  const [result, setResult] = useState<RepaymentImportResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  type Row = RepaymentImportResult['errors'][number] & { id: number };
  const columns: TableColumnsType<Row> = [
    { title: t('loans.import.row'), dataIndex: 'row', fixed: 'left' },
    { title: t('loans.import.column'), dataIndex: 'column' },
    { title: t('loans.import.problem'), dataIndex: 'message' },
  ];
  return (
    <>
      <StaffPageHeader title={t('loans.import.title')} parent={{ to: '/staff/loans', label: t('loans.staff.title') }} />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <p>{t('loans.import.intro')}</p>
          <a href={repaymentTemplateUrl} download>
            {t('loans.import.template')}
          </a>
          <input
            aria-label={t('loans.import.file')}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Checkbox checked={skip} onChange={(e) => setSkip(e.target.checked)}>
            {t('loans.import.skip')}
          </Checkbox>
          <Button
            type="primary"
            disabled={!file}
            loading={run.isPending}
            data-testid="repay-import"
            onClick={() => {
              if (!file) return;
              setProblem(null);
              run.mutate(
                { file, skipBadRows: skip },
                { onSuccess: setResult, onError: (err) => setProblem(errorMessage(err)) },
              );
            }}
          >
            {t('loans.import.run')}
          </Button>
          {problem && <Alert type="error" showIcon title={problem} role="alert" />}
          {result && (
            <Alert
              type={result.applied ? (result.errors.length ? 'warning' : 'success') : 'error'}
              showIcon
              role="status"
              data-testid="repay-import-result"
              title={
                result.applied
                  ? t('loans.import.applied', {
                      rows: result.rows,
                      recorded: result.recorded,
                      unchanged: result.unchanged,
                      skipped: result.skipped,
                    })
                  : t('loans.import.refused', { bad: new Set(result.errors.map((e) => e.row)).size })
              }
            />
          )}
          {result && result.errors.length > 0 && (
            <Table<Row>
              size="small"
              rowKey="id"
              columns={columns}
              dataSource={result.errors.map((e, i) => ({ ...e, id: i }))}
              scroll={{ x: 'max-content' }}
              pagination={{ pageSize: 50 }}
            />
          )}
        </Space>
      </Card>
    </>
  );
}
