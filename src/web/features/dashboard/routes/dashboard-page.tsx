import { Alert, Button, Card, Skeleton, Space } from 'antd';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StaffPageHeader } from '../../../components/staff-page-header';
import { errorMessage } from '../../../lib/api-client';
import type { Dashboard } from '../../../lib/contracts';
import { currentLocale } from '../../../lib/i18n';
import { useListParams } from '../../../lib/use-list-params';
import { dashboardSearch, useDashboard, type DashboardParams } from '../api/get-dashboard';
import { DashboardFilters } from '../components/dashboard-filters';
import { EChart } from '../components/echart';
import { FigureBars } from '../components/figure-charts';
import { formatFigure } from '../components/figure-value';
import { LedgerExports } from '../components/ledger-exports';
import '../dashboard.css';

const GROUPS = ['jobs', 'piecework', 'benefits', 'campaign', 'loans', 'sharing', 'stations', 'training'] as const;

/**
 * The staff console's home for street and community officers (SPEC §3.7): the figures of their
 * street or community by community and month, each opening the records that make it.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const { values, update } = useListParams(['area', 'from', 'to']);
  const params: DashboardParams = {
    area: values.area ? Number(values.area) : undefined,
    from: values.from,
    to: values.to,
  };
  const dashboard = useDashboard(params);
  const data = dashboard.data;
  const search = data ? dashboardSearch({ area: data.area.id, from: data.from, to: data.to }) : '';

  return (
    <div className="db-page">
      <StaffPageHeader
        title={t('dashboard.title')}
        extra={
          <Space wrap>
            <Button href={`/staff/wall${search ? `?${search}` : ''}`} target="_blank">
              {t('dashboard.openWall')}
            </Button>
            {data && <LedgerExports params={{ area: data.area.id, from: data.from, to: data.to }} />}
          </Space>
        }
      />
      {dashboard.isError && <Alert type="error" showIcon title={errorMessage(dashboard.error)} />}
      {!data && !dashboard.isError && <Skeleton active />}
      {data && (
        <>
          <DashboardFilters data={data} onChange={(changes) => update(changes)} />
          {GROUPS.map((group) => (
            <FigureGroup key={group} group={group} data={data} search={search} />
          ))}
        </>
      )}
    </div>
  );
}

function FigureGroup({ group, data, search }: { group: (typeof GROUPS)[number]; data: Dashboard; search: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const figures = data.figures.filter((f) => f.group === group);
  if (figures.length === 0) return null;
  const name = t(`dashboard.groups.${group}`);
  const counts = figures.filter((f) => f.unit === 'count' || f.unit === 'sum');
  const money = figures.filter((f) => f.unit === 'fen');
  const rates = figures.filter((f) => f.unit === 'permille');
  const headingId = `db-group-${group}`;
  return (
    <Card
      className="db-group"
      size="small"
      title={
        <h2 id={headingId} className="db-group__title">
          {name}
        </h2>
      }
    >
      <ul className="db-tiles" aria-labelledby={headingId}>
        {figures.map((f) => (
          <li key={f.id} className="db-tile">
            <Link
              to={`/staff/dashboard/figures/${f.id}?${search}`}
              className="db-tile__link"
              aria-label={`${t('dashboard.openRecords', { label: f.label })}：${formatFigure(f.total, f.unit, locale)}`}
              data-figure={f.id}
            >
              <span className="db-tile__label">{f.label}</span>
              <span className="db-tile__value">{formatFigure(f.total, f.unit, locale)}</span>
              {!f.additive && <span className="db-tile__hint">{t('dashboard.notAdditive')}</span>}
            </Link>
          </li>
        ))}
      </ul>
      <div className="db-charts">
        {group === 'campaign' ? (
          <CampaignFunnel figures={figures} title={t('dashboard.funnel')} />
        ) : (
          <>
            {counts.length > 0 && (
              <FigureBars data={data} figures={counts} by="month" title={t('dashboard.byMonth', { group: name })} />
            )}
            <FigureBars
              data={data}
              figures={rates.length > 0 ? rates : money.length > 0 ? money : counts}
              by="area"
              title={t('dashboard.byArea', { group: name })}
            />
          </>
        )}
      </div>
    </Card>
  );
}

/** Qualified → notified → visited → applied → awarded, as bars that narrow. */
export function CampaignFunnel({
  figures,
  title,
  dark = false,
  height,
}: {
  figures: Dashboard['figures'];
  title: string;
  dark?: boolean;
  height?: number;
}) {
  const { t } = useTranslation();
  const option = useMemo<EChartsCoreOption>(
    () => ({
      backgroundColor: 'transparent',
      tooltip: { trigger: 'axis' },
      grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: figures.map((f) => f.label) },
      series: [{ type: 'bar', data: figures.map((f) => f.total), label: { show: true, position: 'right' } }],
    }),
    [figures],
  );
  const values = figures.map((f) => `${f.label} ${f.total}`).join('，');
  return (
    <EChart option={option} summary={t('dashboard.chartSummary', { title, values })} dark={dark} height={height} />
  );
}
