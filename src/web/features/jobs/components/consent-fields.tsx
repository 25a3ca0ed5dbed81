import { Checkbox } from 'antd-mobile';
import { CheckGrid } from '../../../components/check-grid';
import { useTranslation } from 'react-i18next';
import { SHARED_FIELDS } from '../../../lib/contracts';
import type { SharedField } from '../api/apply-to-post';

/** The separate consent: which items go to which employer, ticked one by one, and the agreement itself. */
export function ConsentFields({
  employer,
  post,
  fields,
  onChange,
  agreed,
  onAgree,
  intro,
}: {
  employer: string;
  post: string;
  fields: SharedField[];
  onChange: (f: SharedField[]) => void;
  agreed: boolean;
  onAgree: (v: boolean) => void;
  intro: 'apply' | 'accept';
}) {
  const { t } = useTranslation();
  return (
    <section className="m-card" aria-labelledby="consent-title">
      <h2 className="m-card__title" id="consent-title">
        {t('jobs.apply.consentTitle')}
      </h2>
      <p className="m-card__text">
        {intro === 'apply'
          ? t('jobs.apply.consentIntro', { employer, post })
          : t('jobs.applications.acceptIntro', { employer })}
      </p>
      <CheckGrid
        options={SHARED_FIELDS}
        labelOf={(f) => t(`jobs.sharedFields.${f}`)}
        value={fields}
        onChange={onChange}
      />
      <div className="j-consent">
        <Checkbox checked={agreed} onChange={onAgree}>
          {t('jobs.apply.consentAgree', { employer })}
        </Checkbox>
      </div>
    </section>
  );
}
