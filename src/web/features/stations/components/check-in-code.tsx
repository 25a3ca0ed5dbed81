import { useTranslation } from 'react-i18next';
import { useQrCode } from '../../../components/use-qr-code';

/**
 * The six digits she shows at the desk or the door, and the same digits as a QR code the agent's
 * scanner types into the check-in field (the code box is keyboard input there, so a scan and typing
 * are one path).
 */
export function CheckInCode({
  code,
  label,
  hint,
  testId,
}: {
  code: string;
  label: string;
  hint: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const qr = useQrCode(code);
  return (
    <div className="st-code" aria-label={label}>
      <span className="st-code__label">{label}</span>
      <strong className="st-code__digits" data-testid={testId}>
        {code}
      </strong>
      {qr.url && (
        <img className="st-code__qr" src={qr.url} alt={`${t('stations.rate.qr')} ${code}`} width={160} height={160} />
      )}
      <span className="st-card__meta">{hint}</span>
    </div>
  );
}
