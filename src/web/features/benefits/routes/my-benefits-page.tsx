import '../benefits.css';
import { Button, DotLoading, ErrorBlock, List, Tag } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useApplications } from '../api/list-applications';
import { usePoliciesForMe } from '../api/list-policies-for-me';
import { usePolicies } from '../api/list-policies';
import type { PolicyForMe } from '../api/contracts';
import { benefitWords, formatYuan } from '../components/format';

export const subjectParam = (i: Pick<PolicyForMe, 'subject'>) => `${i.subject.kind}-${i.subject.id}`;

/** "Policies for me" (政策找人): what the resident and their businesses qualify for, why, and their applications. */
export function MyBenefitsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('benefits.me.title'));
  const forMe = usePoliciesForMe();
  const apps = useApplications({ page: 1, pageSize: 50 });
  const catalog = usePolicies({ page: 1, pageSize: 50 });

  let body;
  if (forMe.isPending) {
    body = (
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    );
  } else if (forMe.isError) {
    body = (
      <ErrorBlock status="default" title={t('common.errors.loadFailed')} description={errorMessage(forMe.error)}>
        <Button color="primary" onClick={() => void forMe.refetch()}>
          {t('common.retry')}
        </Button>
      </ErrorBlock>
    );
  } else if (forMe.data.items.length === 0) {
    body = (
      <div className="m-card m-empty">
        <h2 className="m-card__title">{t('benefits.me.empty')}</h2>
        <p>{t('benefits.me.emptyHint')}</p>
      </div>
    );
  } else {
    body = (
      <ul className="b-cards">
        {forMe.data.items.map((item) => {
          const reasons = item.eligibility.conditions.filter((c) => c.outcome === 'yes' && c.actual);
          return (
            <li
              key={`${item.policy.id}-${subjectParam(item)}`}
              className="m-card b-card"
              data-testid={`policy-${item.policy.code}`}
            >
              <h2 className="m-card__title">{item.policy.title}</h2>
              <p className="b-card__for">{t('benefits.me.for', { name: item.subject.name })}</p>
              <p>
                {item.awarded ? (
                  <Tag color="success">{t('benefits.me.awarded')}</Tag>
                ) : item.application ? (
                  <Tag color="primary">{t(`benefits.status.${item.application.status}`)}</Tag>
                ) : (
                  <Tag color={item.eligibility.outcome === 'eligible' ? 'success' : 'warning'}>
                    {t(`benefits.outcome.${item.eligibility.outcome}`)}
                  </Tag>
                )}{' '}
                {item.amountFen !== null && (
                  <span className="b-card__amount">
                    {t(item.policy.benefit.kind === 'loan' ? 'benefits.me.upTo' : 'benefits.me.amount', {
                      amount: formatYuan(item.amountFen),
                    })}
                  </span>
                )}
              </p>
              {item.suggestion && (
                <p className="b-card__suggestion">{t('benefits.me.because', { reason: item.suggestion.reason })}</p>
              )}
              {!item.suggestion && reasons.length > 0 && (
                <p className="b-card__reasons">
                  {t('benefits.me.because', { reason: reasons.map((c) => c.text).join('；') })}
                </p>
              )}
              {item.eligibility.missing.length > 0 && (
                <p className="b-card__missing">
                  {t('benefits.missing', { items: item.eligibility.missing.join('、') })}
                </p>
              )}
              {item.application ? (
                <Link className="m-row-link" to={`/benefits/applications/${item.application.id}`}>
                  {t('benefits.me.track')}
                </Link>
              ) : (
                <Link className="m-row-link" to={`/benefits/policies/${item.policy.id}?subject=${subjectParam(item)}`}>
                  {t('benefits.me.details')}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <>
      <MobileHeader title={t('benefits.me.title')} backTo="/" />
      <section aria-labelledby="for-me-title">
        <h2 id="for-me-title" className="m-section-title">
          {t('benefits.me.forMe')}
        </h2>
        {body}
      </section>
      {(apps.data?.items.length ?? 0) > 0 && (
        <section className="m-card m-card--flush" aria-labelledby="my-apps-title">
          <h2 id="my-apps-title" className="m-card__title">
            {t('benefits.me.applications')}
          </h2>
          <List>
            {apps.data!.items.map((a) => (
              <List.Item key={a.id} description={`${a.subject.name} · ${t(`benefits.status.${a.status}`)}`}>
                <Link to={`/benefits/applications/${a.id}`}>{a.policyTitle}</Link>
              </List.Item>
            ))}
          </List>
        </section>
      )}
      {(catalog.data?.items.length ?? 0) > 0 && (
        <section className="m-card" aria-labelledby="catalog-title">
          <h2 id="catalog-title" className="m-card__title">
            {t('benefits.me.catalog')}
          </h2>
          <dl className="b-catalog">
            {catalog.data!.items.map((p) => (
              <div key={p.id} className="b-catalog__item">
                <dt>
                  {p.title} <Tag>{t(`benefits.categories.${p.category}`)}</Tag>{' '}
                  <Tag color={p.mode === 'automatic' ? 'success' : 'default'}>{t(`benefits.modes.${p.mode}`)}</Tag>
                </dt>
                <dd>
                  {p.summary} {benefitWords(p.benefit, t)}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </>
  );
}
