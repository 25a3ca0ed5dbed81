import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { currentLocale } from '../../../lib/i18n';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useDashboard } from '../api/get-dashboard';
import { FigureBars } from '../components/figure-charts';
import { formatFigure } from '../components/figure-value';
import { CampaignFunnel } from './dashboard-page';
import '../dashboard.css';

const REFRESH_MS = 60_000;
/** The figures the wall shows large, in this order. */
const HEADLINE = [
  'piecework.factories',
  'piecework.workers',
  'piecework.wages-paid',
  'jobs.hires',
  'benefits.startup-enterprises',
  'benefits.startup-amount',
];

/**
 * 大屏: the street's figures on the office wall, 1920×1080, refreshed every minute. It shows
 * only figures (counts and sums), never a person's record.
 */
export function WallPage() {
  const { t } = useTranslation();
  const [search] = useSearchParams();
  const params = {
    area: search.get('area') ? Number(search.get('area')) : undefined,
    from: search.get('from') ?? undefined,
    to: search.get('to') ?? undefined,
  };
  const dashboard = useDashboard(params, { refetchInterval: REFRESH_MS });
  const data = dashboard.data;
  const locale = currentLocale();
  const title = data ? t('dashboard.wallView.title', { area: data.area.name }) : t('dashboard.wall');
  useDocumentTitle(title);
  if (!data)
    return (
      <main className="db-wall db-wall--loading">
        <h1 className="visually-hidden">{title}</h1>
        <Spin size="large" />
      </main>
    );
  const figure = (id: string) => data.figures.find((f) => f.id === id);
  const group = (g: string) => data.figures.filter((f) => f.group === g);
  const updated = new Date(dashboard.dataUpdatedAt).toLocaleTimeString(locale, { hour12: false });
  return (
    <main className="db-wall">
      <header className="db-wall__header">
        <h1 className="db-wall__title">{title}</h1>
        <p className="db-wall__meta">
          {t('dashboard.wallView.period', { from: data.from, to: data.to })} ·{' '}
          {t('dashboard.wallView.updated', { time: updated })}
        </p>
      </header>
      <ul className="db-wall__headline">
        {HEADLINE.map((id) => figure(id))
          .filter((f) => f !== undefined)
          .map((f) => (
            <li key={f.id} className="db-wall__figure">
              <span className="db-wall__label">{f.label}</span>
              <span className="db-wall__value">{formatFigure(f.total, f.unit, locale)}</span>
            </li>
          ))}
      </ul>
      <div className="db-wall__charts">
        {(['benefits', 'piecework'] as const).map((g) => {
          const chartTitle = t(g === 'benefits' ? 'dashboard.byMonth' : 'dashboard.byArea', {
            group: t(`dashboard.groups.${g}`),
          });
          return (
            <section key={g} className="db-wall__chart" aria-label={chartTitle}>
              <FigureBars
                data={data}
                figures={group(g).filter((f) => f.unit === 'count')}
                by={g === 'benefits' ? 'month' : 'area'}
                title={chartTitle}
                dark
                height={380}
              />
            </section>
          );
        })}
        <section className="db-wall__chart" aria-label={t('dashboard.funnel')}>
          <CampaignFunnel figures={group('campaign')} title={t('dashboard.funnel')} dark height={380} />
        </section>
      </div>
    </main>
  );
}
