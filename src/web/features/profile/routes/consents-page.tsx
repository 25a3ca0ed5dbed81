import { Button, Dialog, DotLoading, ErrorBlock, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { RESIDENT_LABELS, SHARED_FIELDS, type Consent, type ResidentLabel } from '../../../lib/contracts';
import { formatDateTime } from '../../../lib/format';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useMyConsents } from '../api/get-my-consents';
import { useWithdrawConsent } from '../api/withdraw-consent';

function isResidentLabel(value: unknown): value is ResidentLabel {
  return typeof value === 'string' && (RESIDENT_LABELS as readonly string[]).includes(value);
}

function isSharedField(value: string): value is (typeof SHARED_FIELDS)[number] {
  return (SHARED_FIELDS as readonly string[]).includes(value);
}

/** The labels a consent covers, as the codes the server stored. */
function scopeLabels(consent: Consent): string[] {
  const labels = consent.scope.labels;
  return Array.isArray(labels) ? labels.filter((l): l is string => typeof l === 'string') : [];
}

export function ConsentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resident.consents.title'));
  const consents = useMyConsents();
  const withdraw = useWithdrawConsent();
  const [asking, setAsking] = useState<Consent | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const labelName = (label: string) =>
    isResidentLabel(label) ? t(`labels.${label}`) : t('resident.consents.otherLabel');
  // A consent is named by what it lets whom do: an application's names the employer and the post.
  const purposeName = (consent: Consent) => {
    if (consent.purpose === 'labels_self_declared') return t('resident.consents.purposes.labels_self_declared');
    if (consent.purpose === 'job_application') {
      const { enterpriseName, postTitle } = consent.scope;
      return t('resident.consents.purposes.job_application', {
        employer: typeof enterpriseName === 'string' ? enterpriseName : t('resident.consents.anEmployer'),
        post: typeof postTitle === 'string' ? postTitle : '',
      });
    }
    if (consent.purpose === 'benefit_application') {
      const { policyTitle } = consent.scope;
      return t('resident.consents.purposes.benefit_application', {
        policy: typeof policyTitle === 'string' ? policyTitle : '',
      });
    }
    if (consent.purpose === 'factory_join') {
      const { factoryName } = consent.scope;
      return t('resident.consents.purposes.factory_join', {
        factory: typeof factoryName === 'string' ? factoryName : '',
      });
    }
    if (consent.purpose === 'pay_acknowledgement') {
      const { factoryName, workDate } = consent.scope;
      return t('resident.consents.purposes.pay_acknowledgement', {
        factory: typeof factoryName === 'string' ? factoryName : '',
        date: typeof workDate === 'string' ? workDate : '',
      });
    }
    return t('resident.consents.purposes.other');
  };
  const sharedFieldName = (field: string) =>
    isSharedField(field) ? t(`jobs.sharedFields.${field}`) : t('resident.consents.otherField');

  const confirmWithdraw = (consent: Consent) => {
    setAsking(null);
    setNotice(null);
    setProblem(null);
    withdraw.mutate(consent.id, {
      onSuccess: () => setNotice(t('resident.consents.withdrawnNotice')),
      onError: (error) => setProblem(errorMessage(error)),
    });
  };

  let body;
  if (consents.isPending) {
    body = (
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    );
  } else if (consents.isError) {
    body = (
      <ErrorBlock status="default" title={t('common.errors.loadFailed')} description={errorMessage(consents.error)}>
        <Button color="primary" onClick={() => void consents.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  } else if (consents.data.items.length === 0) {
    body = (
      <div className="m-card m-empty">
        <h2 className="m-card__title">{t('resident.consents.empty')}</h2>
        <p>{t('resident.consents.emptyHint')}</p>
      </div>
    );
  } else {
    const locale = currentLocale();
    body = (
      <ul className="m-consents">
        {consents.data.items.map((consent) => {
          const labels = scopeLabels(consent);
          const titleId = `consent-${consent.id}-title`;
          return (
            <li key={consent.id} className="m-card m-consent">
              <div className="m-consent__head">
                <h2 id={titleId} className="m-card__title">
                  {purposeName(consent)}
                </h2>
                <Tag color={consent.withdrawnAt ? 'default' : 'success'} fill="outline">
                  {consent.withdrawnAt ? t('resident.consents.withdrawn') : t('resident.consents.active')}
                </Tag>
              </div>
              <dl className="m-facts">
                {'labels' in consent.scope && (
                  <>
                    <dt>{t('resident.consents.scopeLabels')}</dt>
                    <dd>
                      {labels.length > 0
                        ? labels.map(labelName).join(t('resident.consents.labelSeparator'))
                        : t('resident.consents.none')}
                    </dd>
                  </>
                )}
                {Array.isArray(consent.scope.fields) && (
                  <>
                    <dt>{t('resident.consents.scopeFields')}</dt>
                    <dd>
                      {consent.scope.fields
                        .map((field) => sharedFieldName(String(field)))
                        .join(t('resident.consents.labelSeparator'))}
                    </dd>
                  </>
                )}
                <dt>{t('resident.consents.method')}</dt>
                <dd>{t(`resident.consents.methods.${consent.method}`)}</dd>
                <dt>{t('resident.consents.recordedBy')}</dt>
                <dd>{consent.recordedBy}</dd>
                <dt>{t('resident.consents.grantedAt')}</dt>
                <dd>{formatDateTime(consent.grantedAt, locale)}</dd>
                {consent.withdrawnAt && (
                  <>
                    <dt>{t('resident.consents.withdrawnAt')}</dt>
                    <dd>{formatDateTime(consent.withdrawnAt, locale)}</dd>
                  </>
                )}
              </dl>
              {!consent.withdrawnAt && (
                <Button
                  block
                  color="danger"
                  fill="outline"
                  loading={withdraw.isPending && withdraw.variables === consent.id}
                  onClick={() => setAsking(consent)}
                  aria-describedby={titleId}
                >
                  {t('resident.consents.withdraw')}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
    );
  }

  const askingLabels = asking ? scopeLabels(asking) : [];
  return (
    <>
      <MobileHeader title={t('resident.consents.title')} backTo="/profile" />
      <p role="status" className={notice ? 'm-notice' : 'visually-hidden'}>
        {notice ?? ''}
      </p>
      {problem && (
        <p className="m-alert" role="alert">
          {problem}
        </p>
      )}
      {body}
      <Dialog
        visible={asking !== null}
        title={t('resident.consents.withdrawTitle')}
        aria-label={t('resident.consents.withdrawTitle')}
        content={
          askingLabels.length > 0
            ? t('resident.consents.withdrawLabelsBody', {
                labels: askingLabels.map(labelName).join(t('resident.consents.labelSeparator')),
              })
            : t('resident.consents.withdrawBody')
        }
        onClose={() => setAsking(null)}
        actions={[
          [
            { key: 'cancel', text: t('common.cancel'), onClick: () => setAsking(null) },
            {
              key: 'confirm',
              text: t('resident.consents.withdrawConfirm'),
              bold: true,
              danger: true,
              onClick: () => {
                if (asking) confirmWithdraw(asking);
              },
            },
          ],
        ]}
      />
    </>
  );
}
