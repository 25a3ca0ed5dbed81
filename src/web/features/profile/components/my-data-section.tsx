import { Dialog } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChevronRightIcon } from '../../../components/icons';
import { errorMessage } from '../../../lib/api-client';
import { useCloseMyAccount } from '../api/close-my-account';
import { MY_DATA_EXPORT_URL } from '../api/export-my-data';

/** The resident's rights over their own data (PIPL arts. 44–47): take a copy, review consents, close the account. */
export function MyDataSection() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const close = useCloseMyAccount();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirmClose = () => {
    setConfirming(false);
    setProblem(null);
    close.mutate(undefined, {
      onSuccess: () => void navigate('/login', { replace: true }),
      onError: (error) => setProblem(errorMessage(error)),
    });
  };

  return (
    <section className="m-card m-my-data" aria-labelledby="my-data-title">
      <h2 id="my-data-title" className="m-card__title">
        {t('resident.myData.title')}
      </h2>
      <a href={MY_DATA_EXPORT_URL} download className="m-row-link" aria-describedby="my-data-download-hint">
        <span>{t('resident.myData.download')}</span>
        <ChevronRightIcon size={20} />
      </a>
      <p id="my-data-download-hint" className="m-card__text">
        {t('resident.myData.downloadHint')}
      </p>
      <Link to="/profile/consents" className="m-row-link">
        <span>{t('resident.myData.consents')}</span>
        <ChevronRightIcon size={20} />
      </Link>
      <button
        type="button"
        className="m-row-link m-row-link--danger"
        disabled={close.isPending}
        onClick={() => setConfirming(true)}
      >
        <span>{t('resident.myData.close')}</span>
        <ChevronRightIcon size={20} />
      </button>
      {problem && (
        <p className="m-alert" role="alert">
          {problem}
        </p>
      )}
      <Dialog
        visible={confirming}
        title={t('resident.myData.closeTitle')}
        aria-label={t('resident.myData.closeTitle')}
        content={
          <div className="m-dialog-text">
            <p>{t('resident.myData.closeIntro')}</p>
            <ul>
              <li>{t('resident.myData.closeSignIn')}</li>
              <li>{t('resident.myData.closeConsents')}</li>
              <li>{t('resident.myData.closeEnterprises')}</li>
              <li>{t('resident.myData.closeRegistry')}</li>
            </ul>
            <p>{t('resident.myData.closeReopen')}</p>
          </div>
        }
        onClose={() => setConfirming(false)}
        actions={[
          [
            { key: 'cancel', text: t('common.cancel'), onClick: () => setConfirming(false) },
            {
              key: 'confirm',
              text: t('resident.myData.closeConfirm'),
              bold: true,
              danger: true,
              onClick: confirmClose,
            },
          ],
        ]}
      />
    </section>
  );
}
