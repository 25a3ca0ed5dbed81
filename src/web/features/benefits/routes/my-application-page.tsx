import { Button, Dialog, DotLoading, ErrorBlock, Input, Steps, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useApplicationAction } from '../api/act-on-application';
import { useApplication } from '../api/get-application';
import { useUploadMaterial } from '../api/upload-material';
import { MaterialLinks } from '../components/material-links';
import { APPLICATION_STEPS } from '../api/contracts';
import { formatYuan } from '../components/format';

/** Where an application stands, its history, its materials, and sending it again when returned. */
export function MyApplicationPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const app = useApplication(id);
  const act = useApplicationAction(id);
  const upload = useUploadMaterial(id);
  const [material, setMaterial] = useState('');
  const [file, setFile] = useState<File | null>(null);
  useDocumentTitle(app.data?.policyTitle ?? t('benefits.me.title'));

  if (app.isPending) {
    return (
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    );
  }
  if (app.isError) {
    return (
      <>
        <MobileHeader title={t('benefits.me.title')} backTo="/benefits" />
        <ErrorBlock status="default" title={t('common.errors.loadFailed')} description={errorMessage(app.error)} />
      </>
    );
  }
  const a = app.data;
  const stopped = a.status === 'rejected' || a.status === 'returned';
  const current = stopped
    ? APPLICATION_STEPS.indexOf('submitted')
    : APPLICATION_STEPS.indexOf(a.status as (typeof APPLICATION_STEPS)[number]);
  const locale = currentLocale();
  return (
    <>
      <MobileHeader title={a.policyTitle} backTo="/benefits" />
      <section className="m-card" aria-labelledby="status-title">
        <h2 id="status-title" className="m-card__title">
          {t('benefits.me.statusOf', { name: a.subject.name })}
        </h2>
        <p data-testid="application-status">
          <Tag color={stopped ? 'warning' : 'primary'}>{t(`benefits.status.${a.status}`)}</Tag>
          {a.amountFen !== null && (
            <span className="b-card__amount"> {t('benefits.me.amount', { amount: formatYuan(a.amountFen) })}</span>
          )}
        </p>
        {a.reason && <p className="b-card__missing">{t('benefits.me.reason', { reason: a.reason })}</p>}
        {a.subject.kind === 'person' && ['approved', 'disbursed', 'rejected'].includes(a.status) && (
          <p>
            <Link to={`/me/rate/benefit_decision/${a.id}`} data-testid="rate-decision">
              {t('benefits.me.rate')}
            </Link>
          </p>
        )}
        <Steps direction="vertical" current={current}>
          {APPLICATION_STEPS.map((s, i) => (
            <Steps.Step
              key={s}
              title={t(`benefits.steps.${s}`)}
              status={i === current && a.status === 'rejected' ? 'error' : undefined}
            />
          ))}
        </Steps>
      </section>
      <section className="m-card" aria-labelledby="materials-title">
        <h2 id="materials-title" className="m-card__title">
          {t('benefits.policy.materials')}
        </h2>
        <MaterialLinks application={a} />
        {a.canUpload && (
          <form
            className="b-upload"
            onSubmit={(e) => {
              e.preventDefault();
              if (!file) return;
              upload.mutate(
                { material: material || a.requiredMaterials[0] || t('benefits.me.otherMaterial'), file },
                {
                  onSuccess: () => setFile(null),
                  onError: (err) => void Dialog.alert({ content: errorMessage(err), confirmText: t('common.gotIt') }),
                },
              );
            }}
          >
            <label htmlFor="material-name">{t('benefits.me.materialName')}</label>
            <Input
              id="material-name"
              value={material}
              onChange={setMaterial}
              placeholder={a.requiredMaterials[0] ?? ''}
            />
            <label htmlFor="material-file">{t('benefits.me.chooseFile')}</label>
            <input
              id="material-file"
              type="file"
              accept="application/pdf,image/jpeg,image/png"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
            <Button type="submit" block color="primary" disabled={!file} loading={upload.isPending}>
              {t('benefits.me.upload')}
            </Button>
          </form>
        )}
        {a.actions.includes('resubmit') && (
          <Button block color="primary" loading={act.isPending} onClick={() => act.mutate({ action: 'resubmit' })}>
            {t('benefits.actions.resubmit')}
          </Button>
        )}
      </section>
      <section className="m-card" aria-labelledby="events-title">
        <h2 id="events-title" className="m-card__title">
          {t('benefits.me.history')}
        </h2>
        <ol className="b-events">
          {a.events.map((e, i) => (
            <li key={i}>
              {`${formatDateTime(e.at, locale)} · ${e.actorName} · ${t(`benefits.eventActions.${e.action as 'submit'}`)}${e.note ? ` · ${e.note}` : ''}`}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
