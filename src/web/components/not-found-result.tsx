import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useDocumentTitle } from '../lib/use-document-title';

/**
 * Records outside an officer's areas answer 404 just like missing ones
 * (SPEC §2), so the page cannot tell them apart either and says both.
 */
export function NotFoundResult({ backTo, backLabel }: { backTo: string; backLabel: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t('common.notFound.title'));
  return (
    <Result
      status="404"
      title={<h1 className="s-result-title">{t('common.notFound.title')}</h1>}
      subTitle={t('common.notFound.recordDescription')}
      extra={
        <Button type="primary" onClick={() => void navigate(backTo)}>
          {backLabel}
        </Button>
      }
    />
  );
}
