import { Button, Result, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { useInvite, useJoin } from '../api/piecework-api';
import '../piecework.css';

/** Where an owner's invite link or QR code lands: the factory's name, and one button to join. */
export function JoinPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('piecework.join.title'));
  const code = useParams().code ?? '';
  const invite = useInvite(code);
  const join = useJoin();
  const navigate = useNavigate();
  if (invite.isPending) return <PageLoading />;
  if (invite.isError) return <PageError error={invite.error} onRetry={() => void invite.refetch()} />;
  const f = invite.data;
  return (
    <>
      <MobileHeader title={t('piecework.join.title')} backTo="/piecework" />
      <div className="m-card">
        <Result
          status={f.joined ? 'success' : 'info'}
          title={f.name}
          description={`${t(`piecework.industry.${f.industry as 'other'}`)} · ${f.areaName}`}
        />
        {f.joined ? (
          <Button block color="primary" onClick={() => void navigate('/piecework')}>
            {t('piecework.join.joined')}
          </Button>
        ) : (
          <Button
            block
            color="primary"
            loading={join.isPending}
            onClick={() =>
              join.mutate(code, {
                onSuccess: () => void navigate('/piecework'),
                onError: (e) => Toast.show({ content: errorMessage(e) }),
              })
            }
          >
            {t('piecework.join.join')}
          </Button>
        )}
      </div>
    </>
  );
}
