import { Button, Dialog, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import type { Application } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useAcceptInvitation } from '../api/accept-invitation';
import type { SharedField } from '../api/apply-to-post';
import { useMyApplication } from '../api/get-my-application';
import { useSendMessage } from '../api/send-message';
import { useWithdraw } from '../api/withdraw-application';
import { ConsentFields } from '../components/consent-fields';
import { InvitationText } from '../components/invitation-text';
import { QueryState } from '../components/query-state';
import { Thread } from '../components/thread';
import { Timeline } from '../components/timeline';
import '../jobs.css';

export function ApplicationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('jobs.applications.detailTitle'));
  const id = Number(useParams().id);
  const application = useMyApplication(id);
  const justApplied = (useLocation().state as { applied?: boolean } | null)?.applied === true;
  return (
    <>
      <MobileHeader title={t('jobs.applications.detailTitle')} backTo="/jobs/applications" />
      <p role="status" className={justApplied ? 'm-notice' : 'visually-hidden'}>
        {justApplied ? t('jobs.apply.done') : ''}
      </p>
      <QueryState query={application}>{(a) => <Detail application={a} />}</QueryState>
    </>
  );
}

function Detail({ application: a }: { application: Application }) {
  const { t } = useTranslation();
  const withdraw = useWithdraw(a.id);
  const accept = useAcceptInvitation(a.id);
  const send = useSendMessage(a.id);
  const [fields, setFields] = useState<SharedField[]>(['name', 'phone']);
  const [agreed, setAgreed] = useState(false);
  const canWithdraw = a.status === 'applied' || a.status === 'viewed' || a.status === 'invited';
  const mustAccept = a.status === 'invited' && !a.accepted;

  return (
    <>
      <section className="m-card">
        <h2 className="j-detail__title">{a.postTitle}</h2>
        <p className="j-card__meta">
          {a.enterpriseName} · {a.workAreaName}
        </p>
        <p className="j-status-line" data-testid="application-status">
          {t(`jobs.statuses.${a.status}`)}
          {a.origin === 'employer' ? ` · ${t('jobs.applications.fromEmployer')}` : ''}
        </p>
        {a.assistedBy && <p className="m-notice">{t('jobs.applications.assisted', { name: a.assistedBy })}</p>}
        <InvitationText application={a} />
        {a.rejectReason && <p>{t('jobs.applications.rejectReason', { reason: a.rejectReason })}</p>}
        {a.employerContact && (
          <p className="j-contact" data-testid="employer-contact">
            {t('jobs.applications.employerContact', { name: a.employerContact.name, phone: a.employerContact.phone })}
          </p>
        )}
        {a.status === 'hired' && <p className="m-notice">{t('jobs.applications.hiredNote')}</p>}
      </section>
      {mustAccept && (
        <>
          <ConsentFields
            employer={a.enterpriseName}
            post={a.postTitle}
            fields={fields}
            onChange={setFields}
            agreed={agreed}
            onAgree={setAgreed}
            intro="accept"
          />
          <div className="j-actions">
            <Button
              block
              color="primary"
              size="large"
              disabled={!agreed || fields.length === 0}
              loading={accept.isPending}
              onClick={() => accept.mutate(fields, { onError: (e) => Toast.show({ content: errorMessage(e) }) })}
            >
              {t('jobs.applications.accept')}
            </Button>
          </div>
        </>
      )}
      <section className="m-card">
        <h2 className="m-card__title">{t('jobs.applications.timeline')}</h2>
        <Timeline application={a} />
      </section>
      <Thread
        application={a}
        side="resident"
        sending={send.isPending}
        onSend={(body) => send.mutate(body, { onError: (e) => Toast.show({ content: errorMessage(e) }) })}
      />
      {canWithdraw && (
        <div className="j-actions">
          <Button
            block
            fill="outline"
            color="danger"
            onClick={() =>
              void Dialog.confirm({
                content: t('jobs.applications.withdrawConfirm'),
                confirmText: t('jobs.applications.withdraw'),
                cancelText: t('common.cancel'),
              }).then(
                (ok) => ok && withdraw.mutate(undefined, { onError: (e) => Toast.show({ content: errorMessage(e) }) }),
              )
            }
          >
            {t('jobs.applications.withdraw')}
          </Button>
        </div>
      )}
    </>
  );
}
