import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';

/** A masked value with a button to show it in full (and hide it again). */
export function RevealableValue({
  masked,
  full,
  fieldName,
  loading,
  onReveal,
  onHide,
}: {
  masked: string | null;
  full: string | undefined;
  fieldName: string;
  loading: boolean;
  onReveal: () => void;
  onHide: () => void;
}) {
  const { t } = useTranslation();
  if (!masked) return <span className="m-muted">{t('resident.profile.notSet')}</span>;
  return (
    <span className="m-reveal">
      <span className="m-reveal__value">{full ?? masked}</span>
      <Button
        size="mini"
        color="primary"
        fill="none"
        loading={loading}
        aria-label={t(full ? 'resident.profile.hideField' : 'resident.profile.revealField', { field: fieldName })}
        onClick={full ? onHide : onReveal}
      >
        {full ? t('common.hide') : t('common.view')}
      </Button>
    </span>
  );
}
