/**
 * `/vergelijk`: choose two routes. A pair that has no page of its own is compared here,
 * in the browser, from `?a=…&b=…` and the published `/routes/<slug>.json` files; the
 * prerendered page shows only the form (the query is read after hydration).
 */
import content from 'virtual:routekaart/content';
import { useSearchParams } from 'react-router';
import { useHydrated } from '../chart/use-hydrated.ts';
import { CompareForm } from '../compare/compare-form.tsx';
import { compareFormData } from '../compare/compare-data.ts';
import { CompareView } from '../compare/compare-view.tsx';
import { useFetchedComparison } from '../compare/use-fetched-comparison.ts';
import '../compare/compare.css';
import '../styles/reading.css';
import '../styles/print.css';
import type { Route } from './+types/compare-form-page';

export function loader() {
  return compareFormData(content.routes);
}

export function meta() {
  return [
    { title: 'Vergelijk twee routes | Routekaart' },
    {
      name: 'description',
      content: 'Zet twee ondersteuningsroutes naast elkaar en zie wat er verschilt.',
    },
  ];
}

export default function CompareFormPage({ loaderData }: Route.ComponentProps) {
  const { summaries, prerendered } = loaderData;
  const [params] = useSearchParams();
  const hydrated = useHydrated();
  const a = hydrated ? (params.get('a') ?? '') : '';
  const b = hydrated ? (params.get('b') ?? '') : '';
  const comparison = useFetchedComparison(summaries, a, b);
  return (
    <div className="page compare-page">
      <h1>Vergelijk twee routes</h1>
      <p className="lead">
        Zet de route van een school naast het algemene voorbeeld of naast een andere school, en zie
        welke rollen, partners, verbindingen en toestemmingen verschillen.
      </p>
      <CompareForm summaries={summaries} prerendered={prerendered} initial={{ a, b }} />
      <div role="status" className="compare-status">
        {comparison.status === 'loading' && <p>De routes worden geladen…</p>}
        {comparison.status === 'error' && <p className="path-problem">{comparison.message}</p>}
        {comparison.status === 'ready' && (
          <p>
            {comparison.a.name} en {comparison.b.name} naast elkaar.
          </p>
        )}
      </div>
      {comparison.status === 'ready' && <CompareView a={comparison.a} b={comparison.b} />}
    </div>
  );
}
