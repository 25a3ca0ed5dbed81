import { Button, Tag, Toast } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { errorMessage } from '../../../lib/api-client';
import { useMe } from '../../../lib/auth';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useEmployerFairs } from '../api/list-employer-fairs';
import { useRegisterBooth } from '../api/register-booth';
import '../stations.css';
import { EventFacts } from './events-page';

/** An employer's job fairs: the booths left, and a booth for each of her enterprises. */
export function EmployerFairsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('stations.fairs.title'));
  const me = useMe().data;
  const fairs = useEmployerFairs();
  const booth = useRegisterBooth();
  if (fairs.isPending) return <PageLoading />;
  if (fairs.isError) return <PageError error={fairs.error} onRetry={() => void fairs.refetch()} />;
  const mine = me?.enterprises ?? [];
  return (
    <>
      <MobileHeader title={t('stations.fairs.title')} backTo="/jobs/employer" />
      {mine.length === 0 && <p className="m-card m-card__text">{t('stations.fairs.noEnterprise')}</p>}
      {fairs.data.items.length === 0 ? (
        <p className="m-card m-card__text">{t('stations.fairs.none')}</p>
      ) : (
        <ul className="st-list" aria-label={t('stations.fairs.title')}>
          {fairs.data.items.map((f) => (
            <li key={f.id} className="m-card st-card" data-testid={`fair-${f.id}`}>
              <p className="st-card__name">{f.title}</p>
              <div className="st-card__link">
                <EventFacts event={f} />
              </div>
              <p className="st-card__meta">
                {t('stations.fairs.booths', { taken: f.boothsTaken, total: f.booths ?? 0 })}
              </p>
              {mine.map((e) =>
                f.myBooths.includes(e.id) ? (
                  <p key={e.id} className="st-card__meta">
                    <Tag color="success">{t('stations.fairs.held')}</Tag> {e.name}
                  </p>
                ) : (
                  <Button
                    key={e.id}
                    block
                    color="primary"
                    fill="outline"
                    disabled={f.boothsTaken >= (f.booths ?? 0)}
                    loading={booth.isPending && booth.variables?.eventId === f.id}
                    onClick={() =>
                      booth.mutate(
                        { eventId: f.id, enterpriseId: e.id },
                        {
                          onSuccess: () => Toast.show({ content: t('stations.fairs.done') }),
                          onError: (err) => Toast.show({ content: errorMessage(err) }),
                        },
                      )
                    }
                  >
                    {t('stations.fairs.register', { name: e.name })}
                  </Button>
                ),
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
