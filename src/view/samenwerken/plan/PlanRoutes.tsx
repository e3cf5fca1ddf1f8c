/** Which routes on this site the plan is about: they are named, and linked, on the printed form. */
import { Link } from 'react-router';
import type { PlanApi } from './plan-api.ts';
import type { PlanParts } from './plan-parts.ts';

export function PlanRoutes({ work, parts }: { work: PlanApi; parts: PlanParts }) {
  const chosen = work.value.routes;
  const unknown = chosen.filter((slug) => !parts.routes.some((route) => route.slug === slug));
  return (
    <section aria-labelledby="plan-routes" className="plan-part">
      <h2 id="plan-routes">Over welke routes gaat dit plan?</h2>
      <fieldset>
        <legend>Routes op Routekaart</legend>
        <ul className="route-choices">
          {parts.routes.map((route) => (
            <li key={route.slug}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={chosen.includes(route.slug)}
                  onChange={(event) => {
                    work.mark();
                    work.edit({ type: 'toggleRoute', slug: route.slug, on: event.target.checked });
                  }}
                />
                {route.label}
              </label>{' '}
              <Link to={route.href} className="route-choice-link">
                bekijk<span className="visually-hidden"> {route.label}</span>
              </Link>
            </li>
          ))}
        </ul>
      </fieldset>
      {unknown.length > 0 && (
        <p className="field-hint">Ook genoemd, maar niet op deze site: {unknown.join(', ')}.</p>
      )}
    </section>
  );
}
