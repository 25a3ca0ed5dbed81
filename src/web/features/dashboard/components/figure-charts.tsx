import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../lib/contracts';
import { currentLocale } from '../../../lib/i18n';
import { EChart } from './echart';
import { formatFigure } from './figure-value';

type Figure = Dashboard['figures'][number];

/** A bar chart of some figures of one unit, by month or by community; its summary lists the values in words. */
export function FigureBars({
  data,
  figures,
  by,
  title,
  dark = false,
  height,
}: {
  data: Dashboard;
  figures: Figure[];
  by: 'month' | 'area';
  title: string;
  dark?: boolean;
  height?: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const categories = by === 'month' ? data.months : data.parts.map((p) => p.name || t('dashboard.streetLevel'));
  const option = useMemo<EChartsCoreOption>(
    () => ({
      backgroundColor: 'transparent',
      tooltip: { trigger: 'axis' },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: categories },
      yAxis: { type: 'value', minInterval: 1 },
      series: figures.map((f) => ({
        name: f.label,
        type: 'bar',
        data: (by === 'month' ? f.byMonth : f.byArea).map((v) => (f.unit === 'fen' ? v / 100 : v)),
      })),
    }),
    [categories, figures, by],
  );
  const values = figures
    .map(
      (f) =>
        `${f.label} ` +
        categories
          .map((c, i) => `${c} ${formatFigure((by === 'month' ? f.byMonth : f.byArea)[i] ?? 0, f.unit, locale)}`)
          .join('，'),
    )
    .join('；');
  return (
    <EChart option={option} summary={t('dashboard.chartSummary', { title, values })} dark={dark} height={height} />
  );
}
