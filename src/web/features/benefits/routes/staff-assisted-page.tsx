import { Alert, App, Button, Card, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  AssistedConsentFields,
  consentBody,
  consentComplete,
  NO_CONSENT_YET,
  type AssistedConsentValue,
} from '../../../components/assisted-consent';
import { AssistedFrame } from '../../../components/assisted-resident';
import { errorMessage } from '../../../lib/api-client';
import type { ApplicationDetail, Policy } from '../api/contracts';
import { useCreateAssistedApplication } from '../api/create-assisted-application';
import { useEvaluateResident } from '../api/evaluate-subject';
import { useApplication } from '../api/get-application';
import { usePolicies } from '../api/list-policies';
import { useUploadMaterial } from '../api/upload-material';
import { ConditionList } from '../components/condition-list';
import { factsSent } from '../components/conditions';
import { MaterialLinks } from '../components/material-links';
import { benefitWords } from '../components/format';
import '../benefits.css';

const OUTCOME_COLOURS = { eligible: 'green', not_eligible: 'red', unknown: 'orange' } as const;

/**
 * 代办申请 outside a door visit (SPEC §3.2 Assisted service, ADR 0026): from a resident's page an officer picks
 * a policy that takes applications, sees the resident's conditions against it, tells her what will be sent and
 * what to attach, records how she agreed and submits; the materials are then uploaded to the application.
 */
export function StaffAssistedApplicationPage() {
  const { t } = useTranslation();
  const [applicationId, setApplicationId] = useState<number | null>(null);
  return (
    <AssistedFrame
      heading={t('assisted.applyPolicy')}
      title={(name) => t('assisted.benefits.title', { name })}
      intro={t('assisted.benefits.intro')}
    >
      {(r) =>
        applicationId === null ? (
          <Apply residentId={r.id} residentName={r.name} onSubmitted={setApplicationId} />
        ) : (
          <Materials applicationId={applicationId} />
        )
      }
    </AssistedFrame>
  );
}

function Apply({
  residentId,
  residentName,
  onSubmitted,
}: {
  residentId: number;
  residentName: string;
  onSubmitted: (id: number) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const policies = usePolicies({ page: 1, pageSize: 100, status: 'published' });
  const [policyId, setPolicyId] = useState<number | null>(null);
  const [consent, setConsent] = useState<AssistedConsentValue>(NO_CONSENT_YET);
  const [note, setNote] = useState('');
  const eligibility = useEvaluateResident(policyId, residentId);
  const create = useCreateAssistedApplication();
  // only what an officer may file for a person: published, for people, taking applications
  const applicable = (policies.data?.items ?? []).filter((p) => p.target === 'person' && p.mode === 'apply');
  const policy: Policy | undefined = applicable.find((p) => p.id === policyId);
  const e = eligibility.data;
  return (
    <Card title={<h2 className="s-card-title">{t('assisted.applyPolicy')}</h2>} data-testid="assisted-apply">
      <label htmlFor="assisted-policy" style={{ display: 'block', marginBottom: 4 }}>
        {t('assisted.benefits.choosePolicy')}
      </label>
      <Select
        id="assisted-policy"
        value={policyId ?? undefined}
        onChange={(v: number) => {
          setPolicyId(v);
          setConsent(NO_CONSENT_YET);
        }}
        placeholder={t('assisted.benefits.policyPlaceholder')}
        loading={policies.isFetching}
        options={applicable.map((p) => ({ value: p.id, label: p.title }))}
        style={{ width: '100%', maxWidth: 480 }}
      />
      {eligibility.isError && (
        <Alert type="error" showIcon title={errorMessage(eligibility.error)} style={{ marginTop: 16 }} />
      )}
      {policy && e && (
        <div style={{ marginTop: 16 }} data-testid="assisted-eligibility">
          <p>{policy.summary}</p>
          <p>
            <strong>{t('benefits.policy.benefit')}：</strong>
            {benefitWords(policy.benefit, t)}
          </p>
          <h3>
            {t('assisted.benefits.eligibility')}{' '}
            <Tag color={OUTCOME_COLOURS[e.outcome]}>{t(`assisted.benefits.outcome.${e.outcome}`)}</Tag>
          </h3>
          <ConditionList rule={policy.publishedRule} eligibility={e} />
          {e.missing.length > 0 && <p>{t('assisted.benefits.missing', { items: e.missing.join('、') })}</p>}
          {e.outcome === 'not_eligible' ? (
            <Alert type="warning" showIcon title={t('assisted.benefits.notEligibleHint')} />
          ) : (
            <>
              <h3>{t('assisted.benefits.willSend')}</h3>
              <ul>
                <li>{residentName}</li>
                {factsSent(e.conditions).map((v) => (
                  <li key={v}>{v}</li>
                ))}
              </ul>
              <h3>{policy.materials.length ? t('assisted.benefits.toAttach') : t('assisted.benefits.noAttach')}</h3>
              {policy.materials.length > 0 && (
                <ul>
                  {policy.materials.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              )}
              <p>{t('assisted.benefits.statement', { policy: policy.title })}</p>
              <AssistedConsentFields value={consent} onChange={setConsent} />
              <label htmlFor="assisted-note" style={{ display: 'block', margin: '12px 0 4px' }}>
                {t('assisted.benefits.note')}
              </label>
              <Input.TextArea
                id="assisted-note"
                rows={2}
                maxLength={500}
                value={note}
                onChange={(x) => setNote(x.target.value)}
              />
              <Button
                type="primary"
                style={{ marginTop: 16 }}
                disabled={!consentComplete(consent)}
                loading={create.isPending}
                onClick={() =>
                  create.mutate(
                    {
                      policyId: policy.id,
                      residentId,
                      ...(note.trim() ? { note: note.trim() } : {}),
                      consent: consentBody(consent),
                    },
                    {
                      onSuccess: (a) => {
                        void message.success(t('assisted.benefits.submitted'));
                        onSubmitted(a.id);
                      },
                      onError: (err) => void message.error(errorMessage(err)),
                    },
                  )
                }
              >
                {t('assisted.benefits.submit')}
              </Button>
            </>
          )}
        </div>
      )}
    </Card>
  );
}

function Materials({ applicationId }: { applicationId: number }) {
  const { t } = useTranslation();
  const application = useApplication(applicationId);
  const a = application.data;
  return (
    <Card
      title={<h2 className="s-card-title">{t('assisted.benefits.materialsTitle')}</h2>}
      data-testid="assisted-materials"
      extra={<Link to={`/staff/benefits/reviews/${applicationId}`}>{t('assisted.benefits.openApplication')}</Link>}
    >
      <Alert type="success" showIcon title={t('assisted.benefits.submitted')} style={{ marginBottom: 16 }} />
      {a && <MaterialsOf application={a} />}
    </Card>
  );
}

function MaterialsOf({ application: a }: { application: ApplicationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadMaterial(a.id);
  const [material, setMaterial] = useState(a.missingMaterials[0] ?? a.requiredMaterials[0] ?? '');
  const [file, setFile] = useState<File | null>(null);
  return (
    <>
      <MaterialLinks application={a} />
      {a.canUpload && (
        <form
          className="b-upload"
          onSubmit={(e) => {
            e.preventDefault();
            if (!file) return;
            upload.mutate(
              { material: material.trim() || t('benefits.me.otherMaterial'), file },
              {
                onSuccess: (next) => {
                  void message.success(t('assisted.benefits.uploaded'));
                  setFile(null);
                  setMaterial(next.missingMaterials[0] ?? '');
                },
                onError: (err) => void message.error(errorMessage(err)),
              },
            );
          }}
        >
          <label htmlFor="assisted-material">{t('assisted.benefits.material')}</label>
          <Select
            id="assisted-material"
            value={material || undefined}
            onChange={setMaterial}
            options={a.requiredMaterials.map((m) => ({ value: m, label: m }))}
            style={{ maxWidth: 320 }}
          />
          <label htmlFor="assisted-file">{t('assisted.benefits.file')}</label>
          <input
            id="assisted-file"
            type="file"
            accept="application/pdf,image/jpeg,image/png"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          <Button htmlType="submit" type="primary" disabled={!file || !material} loading={upload.isPending}>
            {t('assisted.benefits.upload')}
          </Button>
        </form>
      )}
    </>
  );
}
