import { Button, Dialog, Radio, Space, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { REPORT_REASONS, type JobPostDetail } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { usePublicPost } from '../api/get-public-post';
import { useReportPost } from '../api/report-post';
import { PostBadges } from '../components/badges';
import { payText, skillText, windowsText } from '../components/format';
import { QueryState } from '../components/query-state';
import { ReasonList } from '../components/reason-list';
import '../jobs.css';

export function JobDetailPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.detail.title'));
  const id = Number(useParams().id);
  const post = usePublicPost(id);
  return (
    <>
      <MobileHeader title={t('jobs.detail.title')} backTo="/jobs" />
      <QueryState query={post}>{(p) => <Detail post={p} />}</QueryState>
    </>
  );
}

function Detail({ post }: { post: JobPostDetail }) {
  const { t } = useTranslation();
  const [reporting, setReporting] = useState(false);
  return (
    <>
      <section className="m-card">
        <h2 className="j-detail__title">{post.title}</h2>
        <PostBadges post={post} />
        <p className="j-card__meta">{post.enterpriseName}</p>
        {post.motherStatus === 'certified' && <p className="m-notice">{t('jobs.detail.motherNote')}</p>}
        <dl className="j-facts">
          <dt>{t('jobs.detail.pay')}</dt>
          <dd>
            {payText(t, post)} · {t(`jobs.types.${post.type}`)}
          </dd>
          <dt>{t('jobs.detail.schedule')}</dt>
          <dd>{windowsText(t, post.windows, post.flexible)}</dd>
          <dt>{t('jobs.detail.place')}</dt>
          <dd>{post.workAreaName}</dd>
          <dt>{t('jobs.detail.headcount')}</dt>
          <dd>{t('jobs.detail.headcountValue', { n: post.headcount })}</dd>
          <dt>{t('jobs.detail.skills')}</dt>
          <dd>{post.skills.length ? post.skills.map((s) => skillText(t, s)).join('、') : t('jobs.detail.none')}</dd>
          <dt>{t('jobs.detail.terms')}</dt>
          <dd>
            {post.contract ? t('jobs.detail.contract') : t('jobs.detail.noContract')} ·{' '}
            {post.socialInsurance ? t('jobs.detail.socialInsurance') : t('jobs.detail.noSocialInsurance')}
          </dd>
        </dl>
        {post.requirements && (
          <>
            <h3 className="j-subtitle">{t('jobs.detail.requirements')}</h3>
            <p>{post.requirements}</p>
          </>
        )}
        {post.description && (
          <>
            <h3 className="j-subtitle">{t('jobs.detail.description')}</h3>
            <p>{post.description}</p>
          </>
        )}
        <p className="m-muted">{t('jobs.detail.validUntil', { date: post.validUntil })}</p>
      </section>
      <section className="m-card">
        <h2 className="m-card__title">{t('jobs.detail.whyTitle')}</h2>
        {post.match ? <ReasonList reasons={post.match.reasons} /> : <p>{t('jobs.detail.outsideLimits')}</p>}
      </section>
      <div className="j-actions">
        {post.myApplicationId ? (
          <Link className="j-primary-link" to={`/jobs/applications/${post.myApplicationId}`}>
            {t('jobs.detail.applied')}
          </Link>
        ) : (
          <Link className="j-primary-link" to={`/jobs/posts/${post.id}/apply`}>
            {t('jobs.detail.apply')}
          </Link>
        )}
        <Button fill="none" color="danger" onClick={() => setReporting(true)}>
          {t('jobs.detail.report')}
        </Button>
      </div>
      <ReportDialog postId={post.id} open={reporting} onClose={() => setReporting(false)} />
    </>
  );
}

function ReportDialog({ postId, open, onClose }: { postId: number; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportPost(postId);
  const [reason, setReason] = useState<string>('fee');
  const [detail, setDetail] = useState('');
  return (
    <Dialog
      visible={open}
      title={t('jobs.detail.reportTitle')}
      aria-label={t('jobs.detail.reportTitle')}
      onClose={onClose}
      content={
        <>
          <Radio.Group value={reason} onChange={(v) => setReason(String(v))}>
            <Space direction="vertical">
              {REPORT_REASONS.map((r) => (
                <Radio key={r} value={r}>
                  {t(`jobs.reportReasons.${r}`)}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
          <label className="j-label" htmlFor="report-detail">
            {t('jobs.detail.reportDetail')}
          </label>
          <TextArea id="report-detail" value={detail} onChange={setDetail} maxLength={500} />
        </>
      }
      actions={[
        [
          { key: 'cancel', text: t('common.cancel'), onClick: onClose },
          {
            key: 'send',
            text: t('jobs.detail.reportSend'),
            bold: true,
            onClick: () =>
              report.mutate(detail.trim() ? { reason, detail: detail.trim() } : { reason }, {
                onSuccess: () => {
                  Toast.show({ content: t('jobs.detail.reported') });
                  onClose();
                },
                onError: (e) => Toast.show({ content: errorMessage(e) }),
              }),
          },
        ],
      ]}
    />
  );
}
