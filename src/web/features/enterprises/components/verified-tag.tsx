import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

export function VerifiedTag({ verified }: { verified: boolean }) {
  const { t } = useTranslation();
  return verified ? (
    <Tag color="blue">{t('staff.enterprises.verified')}</Tag>
  ) : (
    <Tag>{t('staff.enterprises.unverified')}</Tag>
  );
}
