import { Link } from 'react-router';
import type { RouteAppearance } from '../../core/socialmap/route-organisation-links.ts';

/** "Zo staat deze partner in de route van school X", with a link straight to that step. */
export function RouteAppearances({ appearances }: { appearances: readonly RouteAppearance[] }) {
  return (
    <section aria-labelledby="routes_kop">
      <h2 id="routes_kop">In de routes van scholen</h2>
      {appearances.length === 0 ? (
        <p>Nog geen route van een school in Routekaart noemt deze organisatie.</p>
      ) : (
        appearances.map((found, index) => (
          <article
            key={found.href}
            className="route-appearance"
            aria-labelledby={`in-route-${index}`}
          >
            <h3 id={`in-route-${index}`}>
              Zo staat deze partner in de route van {found.routeName}
            </h3>
            <p>
              Als stap <strong>{found.nodeLabel}</strong>
              {found.nodeDescription && <>: {found.nodeDescription}</>}
            </p>
            <p>
              <Link to={found.href}>
                Bekijk “{found.nodeLabel}” in de route van {found.routeName}
              </Link>
            </p>
          </article>
        ))
      )}
    </section>
  );
}
