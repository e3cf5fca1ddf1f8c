import { deferredPart } from '../components/deferred-part.tsx';

// Loaded after the page's code: most pages open with the chart. A page that opens with the
// overview has it prerendered, and it stays on screen until its code arrives.
export const ChartOverviewPart = deferredPart(() =>
  import('./ChartOverview.tsx').then((module) => module.default),
);
