import { Result } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { ApiError } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useCertificateVerification } from '../api/get-certificate-verification';
import '../training.css';

/** /verify/:serial, opened from a certificate's QR code by anyone: the masked holder, the course, valid or revoked. */
export function VerifyCertificatePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('training.verify.title'));
  const { serial = '' } = useParams();
  const check = useCertificateVerification(serial);
  if (check.isPending) return <PageLoading />;
  if (check.isError) {
    if (check.error instanceof ApiError && check.error.status === 404)
      return (
        <>
          <MobileHeader title={t('training.verify.title')} />
          <Result status="error" title={t('training.verify.notFound')} />
        </>
      );
    return <PageError error={check.error} onRetry={() => void check.refetch()} />;
  }
  const c = check.data;
  const valid = c.status === 'valid';
  return (
    <>
      <MobileHeader title={t('training.verify.title')} />
      <Result
        status={valid ? 'success' : 'warning'}
        title={valid ? t('training.verify.valid') : t('training.verify.revoked')}
      />
      <dl className="m-card tr-verify">
        <dt>{t('training.verify.holder')}</dt>
        <dd>{c.holderName}</dd>
        <dt>{t('training.verify.course')}</dt>
        <dd>{c.courseName}</dd>
        <dt>{t('training.verify.hours')}</dt>
        <dd>{c.hours}</dd>
        <dt>{t('training.verify.issuedOn')}</dt>
        <dd>{c.issuedOn}</dd>
        <dt>{t('training.verify.serial')}</dt>
        <dd>{c.serial}</dd>
        {c.revokedOn && (
          <>
            <dt>{t('training.verify.revokedOn')}</dt>
            <dd>{c.revokedOn}</dd>
          </>
        )}
      </dl>
    </>
  );
}
