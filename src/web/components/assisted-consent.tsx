import { Input, Radio } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** How a resident agreed when an officer acts for her (代办): her signature on paper, or spoken before a witness. */
export interface AssistedConsentValue {
  consentMethod: 'paper' | 'verbal_witnessed';
  witness: string;
}

export const NO_CONSENT_YET: AssistedConsentValue = { consentMethod: 'paper', witness: '' };

/** Complete when signed on paper, or spoken with a named witness. */
export function consentComplete(v: AssistedConsentValue): boolean {
  return v.consentMethod === 'paper' || v.witness.trim() !== '';
}

/** The request's part: the method, and the witness only when the consent was spoken. */
export function consentBody(v: AssistedConsentValue) {
  return {
    consentMethod: v.consentMethod,
    ...(v.consentMethod === 'verbal_witnessed' ? { witness: v.witness.trim() } : {}),
  };
}

/** The staff console's consent fields for a 代办 action (the same on every capability's 代办 screen). */
export function AssistedConsentFields({
  value,
  onChange,
}: {
  value: AssistedConsentValue;
  onChange: (v: AssistedConsentValue) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="s-consent" style={{ border: 0, padding: 0, margin: '12px 0 0' }}>
      <legend style={{ fontSize: 'inherit', marginBottom: 4, border: 0 }}>{t('assisted.consentMethod')}</legend>
      <Radio.Group
        value={value.consentMethod}
        onChange={(e) => onChange({ ...value, consentMethod: e.target.value as AssistedConsentValue['consentMethod'] })}
      >
        <Radio value="paper">{t('resident.consents.methods.paper')}</Radio>
        <Radio value="verbal_witnessed">{t('resident.consents.methods.verbal_witnessed')}</Radio>
      </Radio.Group>
      {value.consentMethod === 'verbal_witnessed' && (
        <div style={{ marginTop: 12 }}>
          <label htmlFor={`${id}-witness`}>{t('assisted.witness')}</label>
          <Input
            id={`${id}-witness`}
            value={value.witness}
            onChange={(e) => onChange({ ...value, witness: e.target.value })}
            maxLength={40}
          />
        </div>
      )}
    </fieldset>
  );
}
