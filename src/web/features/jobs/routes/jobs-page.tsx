import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { MobileSwitch } from '../../../components/mobile-switch';
import { useMe } from '../../../lib/auth';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useJobProfile } from '../api/get-job-profile';
import { useMatches } from '../api/list-matches';
import { PostBadges } from '../components/badges';
import { payText } from '../components/format';
import { MatchOrderPanel } from '../components/match-order';
import { QueryState } from '../components/query-state';
import { ReasonList } from '../components/reason-list';
import '../jobs.css';

/** The resident's jobs, best first, each with the reasons it ranks where it does. */
export function JobsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.list.title'));
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const motherOnly = params.get('mother') === '1';
  const profile = useJobProfile();
  const matches = useMatches(motherOnly);

  return (
    <>
      <MobileHeader title={t('jobs.list.title')} />
      <nav className="j-links" aria-label={t('jobs.list.title')}>
        <Link to="/jobs/profile">{t('jobs.list.profileLink')}</Link>
        <Link to="/jobs/applications">{t('jobs.list.applicationsLink')}</Link>
        {me && me.enterprises.length > 0 && <Link to="/jobs/employer">{t('jobs.list.employerLink')}</Link>}
      </nav>
      <div className="j-filter">
        <span id="mother-only-label">{t('jobs.list.motherOnly')}</span>
        <MobileSwitch
          checked={motherOnly}
          label={t('jobs.list.motherOnly')}
          onChange={(on) => setParams(on ? { mother: '1' } : {}, { replace: true })}
        />
      </div>
      {profile.data && !profile.data.exists ? (
        <section className="m-card">
          <h2 className="m-card__title">{t('jobs.list.noProfileTitle')}</h2>
          <p className="m-card__text">{t('jobs.list.noProfileHint')}</p>
          <Link to="/jobs/profile" className="m-row-link">
            {t('jobs.list.fillProfile')}
          </Link>
        </section>
      ) : (
        <QueryState query={matches}>
          {(data) => (
            <>
              <MatchOrderPanel list={data} />
              {data.items.length === 0 ? (
                <section className="m-card" data-testid="jobs-empty">
                  <h2 className="m-card__title">{t(motherOnly ? 'jobs.list.emptyMother' : 'jobs.list.empty')}</h2>
                  <p className="m-card__text">
                    {t('jobs.list.emptyHint', {
                      minutes: data.limits.maxWalkMinutes,
                      windows: data.limits.hasWindows ? t('jobs.list.withinWindows') : '',
                    })}
                  </p>
                  {/* Asking again would answer the same: the ways out widen the search instead. */}
                  {motherOnly && (
                    <Button size="small" onClick={() => setParams({}, { replace: true })}>
                      {t('jobs.list.showAll')}
                    </Button>
                  )}
                  <Link to="/jobs/profile" className="m-row-link">
                    {t('jobs.list.widen')}
                  </Link>
                </section>
              ) : (
                <ol className="j-list" aria-label={t('jobs.list.resultsLabel')}>
                  {data.items.map((m) => (
                    <li key={m.post.id} className="m-card j-card" data-testid="job-card">
                      <Link to={`/jobs/posts/${m.post.id}`} className="j-card__title">
                        {m.post.title}
                      </Link>
                      <PostBadges post={m.post} />
                      <p className="j-card__meta">
                        {m.post.enterpriseName} · {m.post.workAreaName}
                      </p>
                      <p className="j-card__pay">
                        {payText(t, m.post)} · {t(`jobs.types.${m.post.type}`)}
                      </p>
                      <p className="j-card__score">{t('jobs.score', { score: Math.round(m.score) })}</p>
                      <ReasonList reasons={m.reasons} limit={4} />
                    </li>
                  ))}
                </ol>
              )}
            </>
          )}
        </QueryState>
      )}
    </>
  );
}
