import { Button, List, Result, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { formatE4 } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { useInvite } from '../api/get-invite';
import { useJoin } from '../api/join-factory';
import '../piecework.css';

/**
 * Where an owner's invite link or QR code lands: the factory, what it makes and
 * pays a piece today, and what its owner will see of her, before one button to join.
 */
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
      </div>
      <section className="m-card m-card--flush" aria-labelledby="join-products">
        <h2 id="join-products" className="m-card__title pw-pad">
          {t('piecework.join.products')}
        </h2>
        {f.products.length === 0 ? (
          <p className="m-card__text pw-pad">{t('piecework.join.noProducts')}</p>
        ) : (
          <List>
            {f.products.map((p) => (
              <List.Item
                key={p.name}
                extra={
                  p.rateE4 === null
                    ? '—'
                    : t('piecework.join.rate', {
                        rate: formatE4(p.rateE4),
                        unit: t(`piecework.unit.${p.unit as 'piece'}`),
                      })
                }
              >
                {p.name}
              </List.Item>
            ))}
          </List>
        )}
      </section>
      <div className="m-card">
        {f.ownerWillSee && !f.joined && (
          <section aria-labelledby="join-shared" data-testid="join-shared">
            <h2 id="join-shared" className="m-card__title">
              {t('piecework.join.sharedTitle')}
            </h2>
            <p className="m-card__text">
              {t('piecework.join.shared', { name: f.ownerWillSee.name, phone: f.ownerWillSee.phoneMasked })}
            </p>
          </section>
        )}
        {f.joined ? (
          <Button block color="primary" onClick={() => void navigate('/piecework')}>
            {t('piecework.join.joined')}
          </Button>
        ) : (
          <Button
            block
            color="primary"
            data-testid="join-confirm"
            loading={join.isPending}
            onClick={() =>
              join.mutate(code, {
                onSuccess: () => void navigate('/piecework'),
                onError: (e) => Toast.show({ content: errorMessage(e) }),
              })
            }
          >
            {t('piecework.join.agreeAndJoin')}
          </Button>
        )}
      </div>
    </>
  );
}
