import { Steps } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { Application } from '../../../lib/contracts';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';

/** Every step of the application with who took it; 代办 steps say so. */
export function Timeline({ application }: { application: Application }) {
  const { t } = useTranslation();
  return (
    <Steps direction="vertical" current={application.events.length - 1}>
      {application.events.map((e, i) => (
        <Steps.Step
          key={i}
          title={t(`jobs.statuses.${e.status}`)}
          description={`${formatDateTime(e.at, currentLocale())} · ${e.assistedBy ? t('jobs.applications.assisted', { name: e.assistedBy }) : e.by}`}
        />
      ))}
    </Steps>
  );
}
