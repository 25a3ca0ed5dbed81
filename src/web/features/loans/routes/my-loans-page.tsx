import '../loans.css';
import { Button, DotLoading, ErrorBlock, List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { formatFenYuan } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useLoans } from '../api/list-loans';

/** A resident's loans, each opening its tracker, and the way to apply. */
export function MyLoansPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loans = useLoans({ page: 1, pageSize: 50 });
  useDocumentTitle(t('loans.mine'));
  return (
    <>
      <MobileHeader title={t('loans.mine')} backTo="/" />
      <section className="m-card" aria-labelledby="apply-title">
        <h2 id="apply-title" className="m-card__title">
          {t('loans.title')}
        </h2>
        <p>{t('loans.applyIntro')}</p>
        <Button block color="primary" size="large" onClick={() => void navigate('/loans/apply')}>
          {t('loans.apply')}
        </Button>
      </section>
      <section className="m-card m-card--flush" aria-labelledby="mine-title">
        <h2 id="mine-title" className="m-card__title">
          {t('loans.mine')}
        </h2>
        {loans.isPending ? (
          <div className="m-loading" role="status">
            <DotLoading /> {t('common.loading')}
          </div>
        ) : loans.isError ? (
          <ErrorBlock status="default" title={t('common.errors.loadFailed')} description={errorMessage(loans.error)} />
        ) : loans.data.items.length === 0 ? (
          <p className="l-empty">{t('loans.none')}</p>
        ) : (
          <List>
            {loans.data.items.map((l) => (
              <List.Item
                key={l.id}
                onClick={() => void navigate(`/loans/${l.id}`)}
                description={t('loans.amountTerm', { amount: formatFenYuan(l.amountFen), months: l.termMonths })}
                extra={<Tag color={l.pastTarget ? 'danger' : 'primary'}>{t(`loans.status.${l.status}`)}</Tag>}
              >
                {l.enterpriseName ?? l.productTitle}
              </List.Item>
            ))}
          </List>
        )}
      </section>
    </>
  );
}
