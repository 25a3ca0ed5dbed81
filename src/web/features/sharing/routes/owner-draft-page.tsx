import { Button, Checkbox, Space, TextArea, Toast } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { businessDay } from '../../../../shared/dates';
import { MobileHeader } from '../../../components/mobile-header';
import { PageError, PageLoading } from '../../../components/mobile-page-states';
import { ApiError, errorMessage } from '../../../lib/api-client';
import { costFenPerDay, formatFen, parseYuanToFen } from '../../../lib/contracts';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDraftAgreement } from '../api/draft-agreement';
import { useSharingMatches } from '../api/get-post-matches';
import { useOwnEmployees } from '../api/list-own-employees';
import '../sharing.css';

/** Yuan typed as text, read by its digits; 0 for what is not yet money. */
const fen = (text: string) => {
  const parsed = parseYuanToFen(text);
  return parsed.ok ? parsed.value : 0;
};

/**
 * The lending firm's owner drafts an agreement on her phone from one of her surplus posts and a
 * matched shortage: the workers by name, the costs (the fee is never more than their sum), the
 * borrowing firm's duties, the reasons for return and the extension terms.
 */
export function OwnerDraftPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('sharing.draft.title'));
  const navigate = useNavigate();
  const surplusId = Number(useParams().id);
  const shortageId = Number(useSearchParams()[0].get('shortage'));
  const matches = useSharingMatches(surplusId);
  const surplus = matches.data?.post;
  const shortage = matches.data?.items.find((m) => m.post.id === shortageId)?.post;
  const employees = useOwnEmployees(surplus?.kind === 'surplus' ? surplus.enterpriseId : null);
  const draft = useDraftAgreement();
  const [clientKey] = useState(() => `owner-${crypto.randomUUID()}`);
  const [v, setV] = useState<Record<string, string>>({});
  const [workers, setWorkers] = useState<number[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (matches.isPending) return <PageLoading />;
  if (matches.isError) return <PageError error={matches.error} onRetry={() => void matches.refetch()} />;
  if (!surplus || !shortage || surplus.kind !== 'surplus')
    return (
      <>
        <MobileHeader title={t('sharing.draft.title')} backTo={`/sharing/employer/posts/${surplusId}`} />
        <p className="m-card m-card__text">{t('sharing.draft.lendingOnly')}</p>
      </>
    );
  const today = businessDay(new Date());
  const startDefault = [shortage.startDate, surplus.startDate, today].sort().at(-1)!;
  const endDefault = [shortage.endDate, surplus.endDate].sort()[0]!;
  const value = (k: string, fallback: string) => v[k] ?? fallback;
  const wage = value('wage', shortage.payFenPerDay === null ? '' : formatFen(shortage.payFenPerDay));
  const socialInsurance = value('socialInsurance', '');
  const otherCosts = value('otherCosts', '0');
  const cost = costFenPerDay({
    wageFenPerDay: fen(wage),
    socialInsuranceFenPerDay: fen(socialInsurance),
    otherCostsFenPerDay: fen(otherCosts),
  });
  const fee = value('fee', formatFen(cost));
  const field = (key: string, label: string, fallback: string, type = 'text', mode?: 'decimal' | 'numeric') => (
    <div className="sh-form-row">
      <label className="sh-label" htmlFor={`sh-draft-${key}`}>
        {label}
      </label>
      <input
        id={`sh-draft-${key}`}
        type={type}
        inputMode={mode}
        value={value(key, fallback)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `sh-draft-${key}-error` : undefined}
        onChange={(e) => setV((old) => ({ ...old, [key]: e.target.value }))}
      />
      {errors[key] && (
        <p className="sh-flag" id={`sh-draft-${key}-error`} role="alert">
          {errors[key]}
        </p>
      )}
    </div>
  );
  const text = (key: string, label: string) => (
    <div className="sh-form-row">
      <label className="sh-label" htmlFor={`sh-draft-${key}`}>
        {label}
      </label>
      <TextArea
        id={`sh-draft-${key}`}
        value={v[key] ?? ''}
        maxLength={key === 'duties' ? 1000 : 500}
        autoSize={{ minRows: 2, maxRows: 5 }}
        onChange={(x) => setV((old) => ({ ...old, [key]: x }))}
      />
    </div>
  );
  const submit = () => {
    setErrors({});
    draft.mutate(
      {
        lendingEnterpriseId: surplus.enterpriseId,
        borrowingEnterpriseId: shortage.enterpriseId,
        surplusPostId: surplus.id,
        shortagePostId: shortage.id,
        postTitle: value('postTitle', ''),
        siteAreaId: shortage.siteAreaId,
        dailyHours: Number(value('dailyHours', String(shortage.dailyHours ?? 8))),
        startDate: value('startDate', startDefault),
        endDate: value('endDate', endDefault),
        headcount: workers.length,
        workers: workers.map((residentId) => ({ residentId })),
        wageFenPerDay: fen(wage),
        socialInsuranceFenPerDay: fen(socialInsurance),
        otherCostsFenPerDay: fen(otherCosts),
        otherCostsNote: v.otherCostsNote ?? '',
        feeFenPerDay: fen(fee),
        duties: v.duties ?? '',
        returnReasons: v.returnReasons ?? '',
        extensionTerms: v.extensionTerms ?? '',
        clientKey,
      },
      {
        onSuccess: (a) => {
          Toast.show({ content: t('sharing.draft.done') });
          void navigate(`/sharing/employer/agreements/${a.id}`);
        },
        onError: (e) => {
          // Each named problem shows under its own field (the fee's margin, a contract's end, a worker).
          const map: Record<string, string> = {
            wageFenPerDay: 'wage',
            feeFenPerDay: 'fee',
            socialInsuranceFenPerDay: 'socialInsurance',
            otherCostsFenPerDay: 'otherCosts',
          };
          const problems = e instanceof ApiError ? e.fieldProblems : [];
          setErrors(Object.fromEntries(problems.map((p) => [map[p.field] ?? p.field, p.message])));
          Toast.show({ content: errorMessage(e) });
        },
      },
    );
  };
  return (
    <>
      <MobileHeader title={t('sharing.draft.title')} backTo={`/sharing/employer/posts/${surplusId}`} />
      <form
        className="m-card"
        aria-labelledby="sh-draft"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id="sh-draft" className="m-card__title">
          {t('sharing.draft.from', { lending: surplus.enterpriseName, borrowing: shortage.enterpriseName })}
        </h2>
        {field('postTitle', t('sharing.staff.postTitle'), '')}
        <fieldset className="sh-fieldset">
          <legend className="sh-label">{t('sharing.staff.workers')}</legend>
          <Checkbox.Group value={workers} onChange={(ids) => setWorkers(ids as number[])}>
            <Space direction="vertical">
              {(employees.data?.items ?? []).map((e) => (
                <Checkbox key={e.residentId} value={e.residentId} className="sh-radio">
                  {e.name} · {e.title}
                  {e.contractEnd && ` · ${t('sharing.agreement.contractEnd', { date: e.contractEnd })}`}
                </Checkbox>
              ))}
            </Space>
          </Checkbox.Group>
          {errors.workers && (
            <p className="sh-flag" role="alert">
              {errors.workers}
            </p>
          )}
        </fieldset>
        {field('dailyHours', t('sharing.staff.dailyHours'), String(shortage.dailyHours ?? 8), 'text', 'numeric')}
        {field('startDate', t('sharing.staff.startDate'), startDefault, 'date')}
        {field('endDate', t('sharing.staff.endDate'), endDefault, 'date')}
        {field('wage', t('sharing.staff.wage'), wage, 'text', 'decimal')}
        {field('socialInsurance', t('sharing.staff.socialInsurance'), '', 'text', 'decimal')}
        {field('otherCosts', t('sharing.staff.otherCosts'), '0', 'text', 'decimal')}
        {field('otherCostsNote', t('sharing.staff.otherCostsNote'), '')}
        {field('fee', t('sharing.staff.fee'), formatFen(cost), 'text', 'decimal')}
        <p className="sh-note">{t('sharing.staff.feeHint', { cost: formatFen(cost) })}</p>
        {text('duties', t('sharing.staff.duties'))}
        {text('returnReasons', t('sharing.staff.returnReasons'))}
        {text('extensionTerms', t('sharing.staff.extension'))}
        <p className="sh-note">{t('sharing.agreement.noMargin')}</p>
        <div className="sh-buttons">
          <Button type="submit" color="primary" size="large" loading={draft.isPending} data-testid="draft-submit">
            {t('sharing.draft.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
