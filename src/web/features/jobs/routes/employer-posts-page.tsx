import { List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useEmployerPosts } from '../api/list-employer-posts';
import { PostBadges } from '../components/badges';
import { payText } from '../components/format';
import { QueryState } from '../components/query-state';
import '../jobs.css';

export function EmployerPostsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.employer.title'));
  const navigate = useNavigate();
  const posts = useEmployerPosts();
  return (
    <>
      <MobileHeader title={t('jobs.employer.title')} backTo="/jobs" />
      <div className="j-actions">
        <Link className="j-primary-link" to="/jobs/employer/posts/new">
          {t('jobs.employer.newPost')}
        </Link>
        <Link className="j-primary-link" to="/jobs/employer/fairs" data-testid="fairs-link">
          {t('stations.fairs.title')}
        </Link>
      </div>
      <QueryState query={posts}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="m-card">{t('jobs.employer.empty')}</p>
          ) : (
            <List className="m-card m-card--flush">
              {data.items.map((p) => (
                <List.Item
                  key={p.id}
                  onClick={() => void navigate(`/jobs/employer/posts/${p.id}`)}
                  description={
                    <>
                      {p.enterpriseName} · {payText(t, p)} <PostBadges post={p} />
                    </>
                  }
                  extra={<Tag className={`j-status j-status--${p.status}`}>{t(`jobs.postStatuses.${p.status}`)}</Tag>}
                >
                  {p.title}
                </List.Item>
              ))}
            </List>
          )
        }
      </QueryState>
    </>
  );
}
