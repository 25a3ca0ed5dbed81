import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { MATCH_ORDERS } from '../../../lib/contracts';
import type { MatchList } from '../api/list-matches';
import { useSetMatchOrder } from '../api/set-match-order';

const PARTS = ['walk', 'schedule', 'skills', 'pay', 'preference'] as const;

/**
 * How her matches are ranked, in plain words, and her choice of a list by
 * walking time alone (《互联网信息服务算法推荐管理规定》 第十六、十七条: the right
 * to know and to choose). The choice is kept on the server.
 */
export function MatchOrderPanel({ list }: { list: Pick<MatchList, 'order' | 'weights'> }) {
  const { t } = useTranslation();
  const setOrder = useSetMatchOrder();
  return (
    <section className="m-card j-order" aria-labelledby="match-order-label">
      <h2 id="match-order-label" className="m-card__title">
        {t('jobs.list.order.label')}
      </h2>
      <div className="j-order__choices" role="group" aria-labelledby="match-order-label">
        {MATCH_ORDERS.map((order) => (
          <Button
            key={order}
            size="small"
            color={list.order === order ? 'primary' : 'default'}
            aria-pressed={list.order === order}
            loading={setOrder.isPending && setOrder.variables === order}
            onClick={() => {
              if (list.order !== order) setOrder.mutate(order);
            }}
          >
            {t(`jobs.list.order.${order}`)}
          </Button>
        ))}
      </div>
      <p className="m-card__text" role="status" data-testid="match-order-status">
        {setOrder.isPending
          ? t('jobs.list.order.saving')
          : t(list.order === 'walk' ? 'jobs.list.order.nowWalk' : 'jobs.list.order.nowScore')}
      </p>
      <details className="j-order__how">
        <summary>{t('jobs.list.how.title')}</summary>
        <p>{t('jobs.list.how.intro')}</p>
        <ul>
          {PARTS.map((part) => (
            <li key={part}>{t(`jobs.list.how.${part}`, { points: list.weights[part] })}</li>
          ))}
        </ul>
        <p>
          <strong>{t('jobs.list.how.fairness')}</strong>
        </p>
        <p>{t('jobs.list.how.choice')}</p>
      </details>
    </section>
  );
}
