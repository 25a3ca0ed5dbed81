import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '../api/contracts';

const COLORS: Record<ApplicationStatus, string> = {
  submitted: 'blue',
  community_approved: 'geekblue',
  approved: 'green',
  disbursed: 'green',
  rejected: 'red',
  returned: 'orange',
};

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status]}>{t(`benefits.status.${status}`)}</Tag>;
}
