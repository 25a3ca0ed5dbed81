import { Button, Dialog, Input, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useSendMessage } from '../api/send-message';
import { useEmployerApplication } from '../api/get-employer-application';
import { useHireApplicant } from '../api/hire-applicant';
import { useInviteApplicant } from '../api/invite-applicant';
import { useRejectApplicant } from '../api/reject-applicant';
import { beijingDayFromNow, skillText } from '../components/format';
import { InvitationText } from '../components/invitation-text';
import { InviteDialog } from '../components/invite-dialog';
import { QueryState } from '../components/query-state';
import { Thread } from '../components/thread';
import { Timeline } from '../components/timeline';
import '../jobs.css';

export function EmployerApplicationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.applications.detailTitle'));
  const id = Number(useParams().id);
  const application = useEmployerApplication(id);
  return (
    <>
      <MobileHeader
        title={t('jobs.applications.detailTitle')}
        backTo={application.data ? `/jobs/employer/posts/${application.data.postId}` : '/jobs/employer'}
      />
      <QueryState query={application}>{(a) => <Decide application={a} />}</QueryState>
    </>
  );
}

function Decide({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const invite = useInviteApplicant(a.id);
  const hire = useHireApplicant(a.id);
  const reject = useRejectApplicant(a.id);
  const send = useSendMessage(a.id, true);
  const [dialog, setDialog] = useState<'invite' | 'hire' | 'reject' | null>(null);
  const [startDate, setStartDate] = useState(() => beijingDayFromNow(7));
  const [reason, setReason] = useState('');
  const notShared = t('jobs.employer.notShared');
  const onError = (e: unknown) => Toast.show({ content: errorMessage(e) });
  const done = () => setDialog(null);
  const canInvite = a.status === 'applied' || a.status === 'viewed' || a.status === 'invited';
  const canHire = a.status === 'invited' && a.accepted;
  const canReject = canInvite;

  return (
    <>
      <section className="m-card">
        <h2 className="j-detail__title">{a.postTitle}</h2>
        <p className="j-status-line" data-testid="application-status">
          {t(`jobs.statuses.${a.status}`)}
        </p>
        <h3 className="j-subtitle">{t('jobs.employer.applicantTitle')}</h3>
        <dl className="j-facts">
          <dt>{t('jobs.sharedFields.name')}</dt>
          <dd data-testid="applicant-name">{a.applicant.displayName}</dd>
          <dt>{t('jobs.sharedFields.phone')}</dt>
          <dd data-testid="applicant-phone">{a.applicant.phone ?? notShared}</dd>
          <dt>{t('jobs.sharedFields.age')}</dt>
          <dd>{a.applicant.age !== null ? t('jobs.employer.age', { n: a.applicant.age }) : notShared}</dd>
          <dt>{t('jobs.sharedFields.skills')}</dt>
          <dd>{a.applicant.skills ? a.applicant.skills.map((s) => skillText(t, s)).join('、') || '—' : notShared}</dd>
          <dt>{t('jobs.sharedFields.community')}</dt>
          <dd>{a.applicant.communityName ?? notShared}</dd>
        </dl>
        {a.assistedBy && <p className="m-notice">{t('jobs.applications.assisted', { name: a.assistedBy })}</p>}
        {!a.accepted && <p className="m-muted">{t('jobs.employer.waitingAccept')}</p>}
        <InvitationText application={a} />
        {a.rejectReason && <p>{t('jobs.applications.rejectReason', { reason: a.rejectReason })}</p>}
        <div className="j-row-actions">
          {canInvite && (
            <Button color="primary" fill="outline" onClick={() => setDialog('invite')}>
              {t('jobs.employer.invite')}
            </Button>
          )}
          {canHire && (
            <Button color="success" onClick={() => setDialog('hire')}>
              {t('jobs.employer.hire')}
            </Button>
          )}
          {canReject && (
            <Button color="danger" fill="outline" onClick={() => setDialog('reject')}>
              {t('jobs.employer.reject')}
            </Button>
          )}
        </div>
      </section>
      <section className="m-card">
        <h2 className="m-card__title">{t('jobs.applications.timeline')}</h2>
        <Timeline application={a} />
      </section>
      {a.accepted && (
        <Thread
          application={a}
          side="employer"
          sending={send.isPending}
          onSend={(body) => send.mutate(body, { onError })}
        />
      )}
      {dialog === 'invite' && (
        <InviteDialog
          open
          defaultPlace={a.workAreaName}
          onClose={done}
          onSend={(invitation) => invite.mutate(invitation, { onSuccess: done, onError })}
        />
      )}
      <Dialog
        visible={dialog === 'hire'}
        title={t('jobs.employer.hireTitle')}
        aria-label={t('jobs.employer.hireTitle')}
        onClose={done}
        content={
          <div className="j-dialog-form">
            <label className="j-label" htmlFor="hire-start">
              {t('jobs.employer.startDate')}
            </label>
            <Input id="hire-start" type="date" value={startDate} onChange={setStartDate} />
          </div>
        }
        actions={[
          [
            { key: 'cancel', text: t('common.cancel'), onClick: done },
            {
              key: 'hire',
              text: t('jobs.employer.hireConfirm'),
              bold: true,
              onClick: () => hire.mutate(startDate, { onSuccess: done, onError }),
            },
          ],
        ]}
      />
      <Dialog
        visible={dialog === 'reject'}
        title={t('jobs.employer.rejectTitle')}
        aria-label={t('jobs.employer.rejectTitle')}
        onClose={done}
        content={
          <div className="j-dialog-form">
            <label className="j-label" htmlFor="reject-reason">
              {t('jobs.employer.rejectReason')}
            </label>
            <TextArea id="reject-reason" value={reason} onChange={setReason} maxLength={300} />
          </div>
        }
        actions={[
          [
            { key: 'cancel', text: t('common.cancel'), onClick: done },
            {
              key: 'reject',
              text: t('jobs.employer.reject'),
              bold: true,
              danger: true,
              disabled: reason.trim().length < 2,
              onClick: () => reject.mutate(reason.trim(), { onSuccess: done, onError }),
            },
          ],
        ]}
      />
    </>
  );
}
