import { Button, Dialog, List, Tabs, Tag, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import type { JobPostDetail } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useClosePost } from '../api/close-post';
import { useEmployerPost } from '../api/get-employer-post';
import { useInviteCandidate } from '../api/invite-candidate';
import { useCandidates, type Candidate } from '../api/list-candidates';
import { usePostApplications } from '../api/list-post-applications';
import { useRequestMotherLabel } from '../api/request-mother-label';
import { PostBadges } from '../components/badges';
import { payText, skillText, windowsText } from '../components/format';
import { InviteDialog } from '../components/invite-dialog';
import { QueryState } from '../components/query-state';
import { ReasonList } from '../components/reason-list';
import '../jobs.css';

export function EmployerPostPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.employer.postTitle'));
  const id = Number(useParams().id);
  const post = useEmployerPost(id);
  return (
    <>
      <MobileHeader title={t('jobs.employer.postTitle')} backTo="/jobs/employer" />
      <QueryState query={post}>{(p) => <Manage post={p} />}</QueryState>
    </>
  );
}

function Manage({ post }: { post: JobPostDetail }) {
  const { t } = useTranslation();
  const requestMother = useRequestMotherLabel(post.id);
  const close = useClosePost(post.id);
  const [tab, setTab] = useState('applications');
  const open = post.status === 'published' || post.status === 'pending_review';
  return (
    <>
      <section className="m-card">
        <h2 className="j-detail__title">{post.title}</h2>
        <PostBadges post={post} />
        <p className="j-card__meta">
          {post.enterpriseName} · {post.workAreaName}
        </p>
        <p>
          <Tag className={`j-status j-status--${post.status}`}>{t(`jobs.postStatuses.${post.status}`)}</Tag>{' '}
          <span>
            {t('jobs.badge.mother')}：{t(`jobs.motherStatuses.${post.motherStatus}`)}
          </span>
        </p>
        <p>
          {payText(t, post)} · {windowsText(t, post.windows, post.flexible)}
        </p>
        {post.reviewNote && <p className="m-muted">{t('jobs.employer.reviewNote', { note: post.reviewNote })}</p>}
        {post.motherNote && <p className="m-muted">{t('jobs.employer.reviewNote', { note: post.motherNote })}</p>}
        {open && (
          <div className="j-row-actions">
            {(post.motherStatus === 'none' || post.motherStatus === 'refused') && (
              <Button
                size="small"
                fill="outline"
                loading={requestMother.isPending}
                onClick={() =>
                  requestMother.mutate(undefined, { onError: (e) => Toast.show({ content: errorMessage(e) }) })
                }
              >
                {t('jobs.employer.requestMotherNow')}
              </Button>
            )}
            <Button
              size="small"
              fill="outline"
              color="danger"
              onClick={() =>
                void Dialog.confirm({
                  content: t('jobs.employer.closeConfirm'),
                  confirmText: t('jobs.employer.close'),
                  cancelText: t('common.cancel'),
                }).then((ok) => ok && close.mutate(undefined))
              }
            >
              {t('jobs.employer.close')}
            </Button>
          </div>
        )}
      </section>
      <Tabs activeKey={tab} onChange={setTab}>
        <Tabs.Tab title={t('jobs.employer.applicationsTab')} key="applications">
          <Applications postId={post.id} />
        </Tabs.Tab>
        <Tabs.Tab title={t('jobs.employer.candidatesTab')} key="candidates">
          <Candidates post={post} enabled={tab === 'candidates'} />
        </Tabs.Tab>
      </Tabs>
    </>
  );
}

function Applications({ postId }: { postId: number }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = usePostApplications(postId);
  return (
    <QueryState query={list}>
      {(data) =>
        data.items.length === 0 ? (
          <p className="m-card">{t('jobs.employer.noApplications')}</p>
        ) : (
          <List className="m-card m-card--flush">
            {data.items.map((a) => (
              <List.Item
                key={a.id}
                onClick={() => void navigate(`/jobs/employer/applications/${a.id}`)}
                description={a.assistedBy ? t('jobs.applications.assisted', { name: a.assistedBy }) : undefined}
                extra={<Tag className={`j-status j-status--${a.status}`}>{t(`jobs.statuses.${a.status}`)}</Tag>}
              >
                {a.applicant.displayName}
              </List.Item>
            ))}
          </List>
        )
      }
    </QueryState>
  );
}

function Candidates({ post, enabled }: { post: JobPostDetail; enabled: boolean }) {
  const { t } = useTranslation();
  const list = useCandidates(post.id, enabled);
  const invite = useInviteCandidate(post.id);
  const [inviting, setInviting] = useState<Candidate | null>(null);
  return (
    <>
      <QueryState query={list}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="m-card">{t('jobs.employer.noCandidates')}</p>
          ) : (
            <ol className="j-list">
              {data.items.map((c) => (
                <li key={c.residentId} className="m-card j-card" data-testid="candidate-card">
                  <span className="j-card__title">{c.displayName}</span>
                  <p className="j-card__meta">
                    {c.communityName} · {c.skills.map((s) => skillText(t, s)).join('、')}
                  </p>
                  <p className="j-card__score">{t('jobs.score', { score: Math.round(c.score) })}</p>
                  <ReasonList reasons={c.reasons} limit={4} />
                  {c.applicationStatus ? (
                    <Tag className={`j-status j-status--${c.applicationStatus}`}>
                      {t(`jobs.statuses.${c.applicationStatus}`)}
                    </Tag>
                  ) : (
                    <Button size="small" color="primary" onClick={() => setInviting(c)}>
                      {t('jobs.employer.invite')}
                    </Button>
                  )}
                </li>
              ))}
            </ol>
          )
        }
      </QueryState>
      {inviting && (
        <InviteDialog
          open
          defaultPlace={post.workAreaName}
          onClose={() => setInviting(null)}
          onSend={(invitation) =>
            invite.mutate(
              { residentId: inviting.residentId, invitation },
              {
                onSuccess: () => {
                  Toast.show({ content: t('jobs.employer.invited') });
                  setInviting(null);
                },
                onError: (e) => Toast.show({ content: errorMessage(e) }),
              },
            )
          }
        />
      )}
    </>
  );
}
