import type { EChartsCoreOption, EChartsType } from 'echarts/core';
import { useEffect, useRef } from 'react';

/**
 * A thin React wrapper around one ECharts instance: it loads the charting code on first use,
 * draws `option`, follows the element's size and disposes of the chart with the component.
 * A chart is a picture to a screen reader, so `summary` says in words what it shows.
 */
export function EChart({
  option,
  summary,
  height = 280,
  dark = false,
}: {
  option: EChartsCoreOption;
  summary: string;
  height?: number;
  dark?: boolean;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    void import('./echarts-setup').then(({ echarts }) => {
      if (disposed || !element.current) return;
      chart.current = echarts.init(element.current, dark ? 'dark' : undefined);
      chart.current.setOption(option);
      observer = new ResizeObserver(() => chart.current?.resize());
      observer.observe(element.current);
    });
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // the chart is made once; later options are applied below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [dark]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={element} role="img" aria-label={summary} style={{ width: '100%', height }} />;
}
