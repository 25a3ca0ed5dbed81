import { Alert, App, Button, Card, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../lib/api-client';
import type { LoanDetail } from '../api/contracts';
import { useRecordJobsCreated } from '../api/record-jobs-created';

/** The station records the jobs the loan actually created, against the jobs promised. */
export function LoanJobsCreated({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const record = useRecordJobsCreated(loan.id);
  const [jobs, setJobs] = useState<number | null>(loan.jobsCreated);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <Card title={t('loans.jobsCreated.title')}>
      <p>{t('loans.jobsCreated.intro', { promised: loan.jobsPromised })}</p>
      <Space wrap>
        <label htmlFor="jobs-created">{t('loans.jobsCreated.label')}</label>
        <InputNumber id="jobs-created" min={0} max={10_000} precision={0} value={jobs} onChange={setJobs} />
        <Button
          type="primary"
          disabled={jobs === null}
          loading={record.isPending}
          onClick={() =>
            jobs !== null &&
            record.mutate(jobs, {
              onSuccess: () => {
                setProblem(null);
                void message.success(t('loans.staff.done'));
              },
              onError: (err) => setProblem(errorMessage(err)),
            })
          }
        >
          {t('loans.jobsCreated.save')}
        </Button>
      </Space>
      {problem && <Alert type="error" showIcon title={problem} role="alert" />}
    </Card>
  );
}
