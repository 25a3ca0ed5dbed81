import { Steps, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../../../lib/format';
import type { LoanDetail } from '../api/contracts';

/**
 * Every stage of the journey on a phone: who holds it, when it began and ended, the working days it took
 * against its target, a stage past its target marked in words (not colour alone).
 */
export function LoanJourney({ loan }: { loan: LoanDetail }) {
  const { t } = useTranslation();
  const current = loan.stages.findIndex((s) => s.state === 'current');
  const stopped = loan.status === 'rejected' || loan.status === 'withdrawn';
  return (
    <Steps direction="vertical" current={current} data-testid="loan-journey">
      {loan.stages.map((s) => {
        const days =
          s.workingDaysUsed !== null && s.targetWorkingDays !== null
            ? t('loans.daysUsedShort', { used: s.workingDaysUsed, target: s.targetWorkingDays })
            : null;
        const when =
          s.state === 'done' && s.leftAt
            ? t('loans.doneOn', { date: formatDay(s.leftAt) })
            : s.state === 'current' && s.enteredAt
              ? t('loans.since', { date: formatDay(s.enteredAt) })
              : null;
        return (
          <Steps.Step
            key={s.stage}
            status={s.state === 'current' ? (stopped ? 'error' : 'process') : s.state === 'done' ? 'finish' : 'wait'}
            title={t(`loans.stage.${s.stage as 'draft'}`)}
            description={
              <span className="l-step" data-stage={s.stage} data-state={s.state}>
                <span>{s.holderName}</span>
                {when && <span> · {when}</span>}
                {days && <span> · {days}</span>}
                {s.pastTarget && (
                  <Tag color="danger" className="l-step__late">
                    {t('loans.pastTarget')}
                  </Tag>
                )}
              </span>
            }
          />
        );
      })}
    </Steps>
  );
}
