import { Button, Dialog, DotLoading, ErrorBlock } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { MobileHeader } from '../../../components/mobile-header';
import { errorMessage } from '../../../lib/api-client';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useApply } from '../api/create-application';
import { usePoliciesForMe } from '../api/list-policies-for-me';
import { ConditionList } from '../components/condition-list';
import { factsSent } from '../components/conditions';
import { benefitWords, formatYuan } from '../components/format';
import { subjectParam } from './my-benefits-page';

/** One policy in plain words for the resident, why they qualify, and the apply button. */
export function BenefitPolicyPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const subject = useSearchParams()[0].get('subject');
  const forMe = usePoliciesForMe();
  const apply = useApply();
  const item = forMe.data?.items.find((i) => i.policy.id === id && (!subject || subjectParam(i) === subject));
  useDocumentTitle(item?.policy.title ?? t('benefits.me.title'));

  if (forMe.isPending) {
    return (
      <div className="m-loading" role="status">
        <DotLoading /> {t('common.loading')}
      </div>
    );
  }
  if (!item) {
    return (
      <>
        <MobileHeader title={t('benefits.me.title')} backTo="/benefits" />
        <ErrorBlock
          status="empty"
          title={t('benefits.me.notForYou')}
          description={forMe.isError ? errorMessage(forMe.error) : ''}
        />
      </>
    );
  }
  const p = item.policy;
  const canApply =
    p.mode === 'apply' && !item.application && !item.awarded && item.eligibility.outcome !== 'not_eligible';
  const send = () =>
    apply.mutate(
      {
        policyId: p.id,
        ...(item.subject.kind === 'person' ? { residentId: item.subject.id } : { enterpriseId: item.subject.id }),
      },
      {
        onSuccess: (a) => void navigate(`/benefits/applications/${a.id}`),
        onError: (e) => void Dialog.alert({ content: errorMessage(e), confirmText: t('common.gotIt') }),
      },
    );
  // Before anything is sent: what the reviewers will see about the subject, and what to attach afterwards.
  const onApply = () =>
    void Dialog.confirm({
      title: t('benefits.me.confirmTitle'),
      content: (
        <div data-testid="apply-preview">
          <h3 className="b-preview__title">{t('benefits.me.willSend')}</h3>
          <ul>
            <li>{item.subject.name}</li>
            {factsSent(item.eligibility.conditions).map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
          <h3 className="b-preview__title">
            {p.materials.length ? t('benefits.me.toAttach') : t('benefits.me.noAttach')}
          </h3>
          {p.materials.length > 0 && (
            <ul>
              {p.materials.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      ),
      confirmText: t('benefits.me.submit'),
      cancelText: t('benefits.me.cancel'),
      onConfirm: send,
    });
  return (
    <>
      <MobileHeader title={p.title} backTo="/benefits" />
      <section className="m-card">
        <h2 className="m-card__title">{t('benefits.me.for', { name: item.subject.name })}</h2>
        <p>{p.summary}</p>
        <p>
          <strong>{t('benefits.policy.benefit')}：</strong>
          {benefitWords(p.benefit, t)}
        </p>
        <p>
          <strong>{t('benefits.policy.mode')}：</strong>
          {t(`benefits.modes.${p.mode}`)}
        </p>
        {p.stationName && (
          <p>
            <strong>{t('benefits.policy.station')}：</strong>
            {p.stationName}
          </p>
        )}
      </section>
      <section className="m-card" aria-labelledby="why-title">
        <h2 id="why-title" className="m-card__title">
          {t('benefits.me.why')}
        </h2>
        <ConditionList rule={p.publishedRule} eligibility={item.eligibility} />
        {item.eligibility.missing.length > 0 && (
          <p className="b-card__missing">{t('benefits.missing', { items: item.eligibility.missing.join('、') })}</p>
        )}
      </section>
      {p.materials.length > 0 && (
        <section className="m-card" aria-labelledby="materials-title">
          <h2 id="materials-title" className="m-card__title">
            {t('benefits.policy.materials')}
          </h2>
          <ul>
            {p.materials.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </section>
      )}
      {p.faq.length > 0 && (
        <section className="m-card" aria-labelledby="faq-title">
          <h2 id="faq-title" className="m-card__title">
            {t('benefits.policy.faq')}
          </h2>
          <dl>
            {p.faq.map((f) => (
              <div key={f.q}>
                <dt>{f.q}</dt>
                <dd>{f.a}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      {item.awarded && (
        <p className="m-card b-awarded" role="status" data-testid="already-awarded">
          {t('benefits.me.alreadyAwarded', { amount: formatYuan(item.amountFen) })}
        </p>
      )}
      {canApply && (
        <div className="m-card">
          <Button block color="primary" size="large" loading={apply.isPending} onClick={onApply}>
            {t('benefits.me.apply')}
          </Button>
        </div>
      )}
      {p.mode === 'automatic' && <p className="m-card">{t('benefits.me.automaticHint')}</p>}
    </>
  );
}
