import { List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useOwnAgreements } from '../api/list-own-agreements';
import { useOwnSharingPosts } from '../api/list-own-posts';
import '../sharing.css';

/** An owner's shared employment: her firms' posts (each opens its ranked counterparts) and agreements. */
export function OwnerSharingPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sharing.owner.title'));
  const navigate = useNavigate();
  const posts = useOwnSharingPosts();
  const agreements = useOwnAgreements();
  if (posts.isPending || agreements.isPending) return <PageLoading />;
  if (posts.isError || agreements.isError)
    return (
      <PageError
        error={posts.error ?? agreements.error}
        onRetry={() => {
          void posts.refetch();
          void agreements.refetch();
        }}
      />
    );
  return (
    <>
      <MobileHeader title={t('sharing.owner.title')} backTo="/" />
      <div className="sh-actions">
        <Link className="sh-primary-link" to="/sharing/employer/posts/new" data-testid="new-sharing-post">
          {t('sharing.owner.newPost')}
        </Link>
      </div>
      <section className="m-card m-card--flush" aria-labelledby="sh-posts">
        <h2 id="sh-posts" className="m-card__title">
          {t('sharing.owner.posts')}
        </h2>
        {posts.data.items.length === 0 ? (
          <p className="m-card__text">{t('sharing.owner.noPosts')}</p>
        ) : (
          <List>
            {posts.data.items.map((p) => (
              <List.Item
                key={p.id}
                onClick={() => void navigate(`/sharing/employer/posts/${p.id}`)}
                description={`${p.enterpriseName} · ${t('sharing.dates', { from: p.startDate, to: p.endDate })}`}
                extra={
                  <Tag color={p.open ? 'primary' : 'default'}>{p.open ? t('sharing.open') : t('sharing.closed')}</Tag>
                }
              >
                {t(`sharing.kinds.${p.kind}`)} · {t('sharing.people', { count: p.headcount })}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <section className="m-card m-card--flush" aria-labelledby="sh-agreements">
        <h2 id="sh-agreements" className="m-card__title">
          {t('sharing.owner.agreements')}
        </h2>
        {agreements.data.items.length === 0 ? (
          <p className="m-card__text">{t('sharing.owner.noAgreements')}</p>
        ) : (
          <List>
            {agreements.data.items.map((a) => (
              <List.Item
                key={a.id}
                onClick={() => void navigate(`/sharing/employer/agreements/${a.id}`)}
                description={t('sharing.dates', { from: a.startDate, to: a.endDate })}
                extra={
                  <Tag color={a.status === 'active' ? 'success' : 'warning'}>{t(`sharing.statuses.${a.status}`)}</Tag>
                }
              >
                {a.lendingName} → {a.borrowingName}
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </>
  );
}
