/**
 * The parts of ECharts the dashboard draws with, registered once. Imported only by EChart
 * with a dynamic import, so the charting code is a chunk of its own that loads after the figures.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
