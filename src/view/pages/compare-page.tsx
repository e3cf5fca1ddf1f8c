/**
 * `/vergelijk/<a>/<b>`: two routes side by side and what differs between them.
 * Prerendered for every school with the template of its sector; other pairs are
 * compared on /vergelijk (compare-form-page.tsx) in the browser.
 */
import content from 'virtual:routekaart/content';
import { data } from 'react-router';
import { CompareForm } from '../compare/compare-form.tsx';
import { compareFormData, comparedRoute } from '../compare/compare-data.ts';
import { CompareView } from '../compare/compare-view.tsx';
import '../compare/compare.css';
import '../styles/reading.css';
import '../styles/print.css';
import type { Route } from './+types/compare-page';

export function loader({ params }: Route.LoaderArgs) {
  const a = content.routes.find((entry) => entry.slug === params.a);
  const b = content.routes.find((entry) => entry.slug === params.b);
  if (!a || !b || a === b) throw data(null, { status: 404 });
  return { a: comparedRoute(a), b: comparedRoute(b), ...compareFormData(content.routes) };
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  return [
    { title: `Vergelijk ${found.a.name} met ${found.b.name} | Routekaart` },
    { name: 'description', content: `Wat er verschilt tussen ${found.a.name} en ${found.b.name}.` },
  ];
}

export default function ComparePage({ loaderData }: Route.ComponentProps) {
  const { a, b, summaries, prerendered } = loaderData;
  return (
    <div className="page compare-page">
      <h1>
        Vergelijk twee routes
        <span className="route-subtitle">
          {a.name} en {b.name}
        </span>
      </h1>
      <CompareForm
        summaries={summaries}
        prerendered={prerendered}
        initial={{ a: a.slug, b: b.slug }}
      />
      <CompareView a={a} b={b} />
    </div>
  );
}
