import { Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import type { JobPostSummary } from '../../../lib/contracts';

/** 妈妈岗 and trusted-employer badges; colours chosen for AA contrast on white. */
export function PostBadges({
  post,
}: {
  post: Pick<JobPostSummary, 'motherStatus' | 'enterpriseRedListed' | 'expired'>;
}) {
  const { t } = useTranslation();
  return (
    <span className="j-badges">
      {post.motherStatus === 'certified' && (
        <Tag className="j-badge j-badge--mother" data-testid="mother-badge">
          {t('jobs.badge.mother')}
        </Tag>
      )}
      {post.enterpriseRedListed && <Tag className="j-badge j-badge--red">{t('jobs.badge.red')}</Tag>}
      {post.expired && <Tag className="j-badge j-badge--expired">{t('jobs.badge.expired')}</Tag>}
    </span>
  );
}
