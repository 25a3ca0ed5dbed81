import { Alert, Button, Card, Checkbox, Form, List, Progress, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import { IMPORT_KINDS, type ImportJob, type ImportKind } from '../../../lib/contracts';
import { useImportJob } from '../api/get-import';
import { useStartImport } from '../api/start-import';
import '../imports.css';

/** The template of a kind: its columns and a 填写说明 sheet. */
const templateUrl = (kind: ImportKind) => `/api/v1/imports/templates/${kind}`;

/**
 * 批量导入 (SPEC §3.7): an officer downloads the template, uploads the filled sheet and follows
 * the job: rows checked, then written; every bad row and column is listed in words, and nothing
 * is written unless every row is good or she chooses to skip the bad ones.
 */
export function ImportsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('residents');
  const [file, setFile] = useState<File | null>(null);
  const [skipBad, setSkipBad] = useState(false);
  const [jobId, setJobId] = useState<number | null>(null);
  const start = useStartImport();
  const job = useImportJob(jobId);

  const submit = (skip: boolean) => {
    if (!file) return;
    start.mutate(
      { kind, skipBad: skip, file, clientKey: crypto.randomUUID() },
      { onSuccess: (started) => setJobId(started.id) },
    );
  };

  return (
    <div className="imports-page">
      <StaffPageHeader title={t('imports.title')} />
      <Card>
        <Form layout="vertical" onFinish={() => submit(skipBad)}>
          <Form.Item label={t('imports.kind')}>
            <Radio.Group
              value={kind}
              onChange={(e) => setKind(e.target.value as ImportKind)}
              options={IMPORT_KINDS.map((k) => ({ value: k, label: t(`imports.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('imports.template')} extra={t('imports.templateHint')}>
            <Button href={templateUrl(kind)}>{t('imports.download', { kind: t(`imports.kinds.${kind}`) })}</Button>
          </Form.Item>
          <Form.Item label={t('imports.file')} extra={t('imports.fileHint')}>
            <Upload
              accept=".xlsx"
              maxCount={1}
              beforeUpload={(chosen) => {
                setFile(chosen);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button>{t('imports.choose')}</Button>
            </Upload>
          </Form.Item>
          <Form.Item>
            <Checkbox checked={skipBad} onChange={(e) => setSkipBad(e.target.checked)}>
              {t('imports.skipBad')}
            </Checkbox>
          </Form.Item>
          {start.isError && <Alert type="error" showIcon message={errorMessage(start.error)} />}
          <Button type="primary" htmlType="submit" disabled={!file} loading={start.isPending}>
            {t('imports.start')}
          </Button>
        </Form>
      </Card>
      {job.data && <ImportResult job={job.data} onSkipBad={() => submit(true)} canRetry={file !== null} />}
    </div>
  );
}

function ImportResult({ job, onSkipBad, canRetry }: { job: ImportJob; onSkipBad: () => void; canRetry: boolean }) {
  const { t } = useTranslation();
  const running = job.status === 'checking' || job.status === 'importing';
  const toWrite = job.totalRows - job.unchanged - job.skipped;
  const percent =
    job.status === 'checking'
      ? Math.floor((100 * job.processedRows) / Math.max(job.totalRows, 1))
      : job.status === 'importing'
        ? Math.floor((100 * job.imported) / Math.max(toWrite, 1))
        : 100;
  return (
    <Card className="imports-result" title={<h2 className="imports-result__title">{job.fileName}</h2>}>
      <Space direction="vertical" style={{ width: '100%' }}>
        {running && (
          <>
            <Progress percent={percent} aria-label={t('imports.progress')} />
            <Typography.Text role="status">
              {job.status === 'checking'
                ? t('imports.checking', { done: job.processedRows, total: job.totalRows })
                : t('imports.writing', { done: job.imported, total: toWrite })}
            </Typography.Text>
          </>
        )}
        {job.status === 'done' && (
          <Alert
            type="success"
            showIcon
            role="status"
            message={t('imports.done', { imported: job.imported, unchanged: job.unchanged, skipped: job.skipped })}
          />
        )}
        {job.status === 'rejected' && (
          <Alert
            type="error"
            showIcon
            role="alert"
            message={t('imports.rejected', { count: job.problems.length })}
            action={
              canRetry && job.problems.every((p) => p.row > 1) ? (
                <Button onClick={onSkipBad}>{t('imports.skipAndImport')}</Button>
              ) : undefined
            }
          />
        )}
        {job.status === 'failed' && <Alert type="error" showIcon role="alert" message={t('imports.failed')} />}
        {job.problems.length > 0 && (
          <List
            className="imports-problems"
            header={<h3 className="imports-problems__title">{t('imports.problems')}</h3>}
            size="small"
            bordered
            dataSource={job.problems}
            renderItem={(p) => <List.Item>{p.message}</List.Item>}
            pagination={job.problems.length > 20 ? { pageSize: 20, size: 'small' } : false}
          />
        )}
      </Space>
    </Card>
  );
}
