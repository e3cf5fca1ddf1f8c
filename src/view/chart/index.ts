/** The read-only route chart for route pages (no React Flow, no elkjs). */
export { RouteChart, type RouteChartProps } from './RouteChart.tsx';
export { ChartLegend, type ChartLegendProps } from './ChartLegend.tsx';
