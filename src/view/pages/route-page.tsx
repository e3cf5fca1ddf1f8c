import content from 'virtual:routekaart/content';
import { Link, data } from 'react-router';
import { RouteChart } from '../chart/RouteChart.tsx';
import { NodeDetails } from '../components/node-details.tsx';
import { RouteHeader } from '../components/route-header.tsx';
import { useHashSelection } from '../components/use-hash-selection.ts';
import { RouteTermsProvider } from '../glossary/route-terms-context.tsx';
import { routeContext } from '../../core/contexts.ts';
import { readingData } from '../reading/reading-data.ts';
import {
  LazyChartLegend,
  LazyEmbedSnippet,
  LazyNeighbourhoodControl,
  LazyPathFinder,
  LazyRouteActions,
  LazyRouteFeedback,
  LazyRouteHistory,
  LazyRouteText,
  LazyStepFeedback,
  LazyWayResult,
  ROUTE_PAGE_PARTS,
} from '../reading/lazy-route-parts.tsx';
import { usePreloadWhenIdle } from '../components/deferred-part.tsx';
import { StepFacts } from '../components/step-facts-part.ts';
import { StaleWarning } from '../reading/stale-warning.tsx';
import { historyView } from '../reading/history-data.ts';
import { feedbackTarget } from '../reading/feedback-target.ts';
import { useRouteReading } from '../reading/use-route-reading.ts';
import { routeDisplayName } from '../components/route-name.ts';
import { ParentRouteLink } from '../parents/parent-route-link.tsx';
import '../styles/reading.css';
import '../styles/print.css';
import type { Route } from './+types/route-page';

export function loader({ params, request }: Route.LoaderArgs) {
  const found = content.routes.find((entry) => entry.slug === params.slug);
  // A school's route only under /school, templates and care routes only under /route.
  if (!found || new URL(request.url).pathname !== found.url) throw data(null, { status: 404 });
  return {
    ...found,
    ...readingData(found.route, content.routes),
    history: historyView(content.history[found.slug], found.url),
    feedback: feedbackTarget(found.route, content.site),
  };
}

/** Reached by a link within the site: the parts that load later come with the data. */
export async function clientLoader({ serverLoader }: Route.ClientLoaderArgs) {
  const [loaded] = await Promise.all([
    serverLoader(),
    ...ROUTE_PAGE_PARTS.map((part) => part.preload()),
  ]);
  return loaded;
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  const { route } = found;
  return [
    // "Ondersteuningsroute Vso De Kompasroos", not "Vso De Kompasroos: Ondersteuningsroute Vso …".
    { title: `${routeDisplayName(route)} | Routekaart` },
    { name: 'description', content: route.summary ?? route.title },
  ];
}

export default function RoutePage({ loaderData }: Route.ComponentProps) {
  const { slug, url, route, layout, terms, builtOn, compareWith, questions, history, feedback } =
    loaderData;
  const [selectedId, select] = useHashSelection(route.nodes.map((node) => node.id));
  const reading = useRouteReading(route, selectedId);
  usePreloadWhenIdle(StepFacts, LazyStepFeedback);
  return (
    // Glossary words in the texts get popovers from the few meanings the build passed.
    <RouteTermsProvider terms={terms} context={routeContext(route)}>
      <div className="page route-page">
        <a className="skip-link skip-link--chart" href="#schema">
          Ga naar het schema
        </a>
        <RouteHeader route={route} />
        <StaleWarning verified={route.verified} maintainer={route.maintainer} builtOn={builtOn} />
        <ParentRouteLink routeUrl={url} />
        {/* The chart first, as large as the window allows, with everything that works on it
            beside it: the details of a step, a way between two steps, the surroundings. */}
        <section
          id="schema"
          aria-labelledby="chart_heading"
          className="chart-section"
          tabIndex={-1}
        >
          <h2 id="chart_heading" className="visually-hidden">
            Schema
          </h2>
          <div className="chart-and-details">
            <RouteChart
              route={route}
              layout={layout}
              selectedId={selectedId}
              onSelect={select}
              highlight={reading.highlight}
            />
            <div className="details-column">
              <NodeDetails
                route={route}
                selectedId={selectedId}
                onSelect={select}
                footer={(node) => (
                  <LazyStepFeedback
                    target={feedback}
                    pageTitle={routeDisplayName(route)}
                    path={`${url}#${node.id}`}
                    step={node.label}
                    builtOn={builtOn}
                  />
                )}
              />
              {reading.way && (
                <LazyWayResult route={route} view={reading.way} onChoose={reading.choose} />
              )}
              <LazyPathFinder
                route={route}
                choice={reading.choice}
                onChoose={reading.choose}
                announcement={reading.way?.announcement ?? ''}
                questions={questions}
              />
              <LazyNeighbourhoodControl
                value={reading.focus}
                onChange={reading.setFocus}
                selectedLabel={route.nodes.find((node) => node.id === selectedId)?.label ?? null}
                visibleCount={reading.focusCount}
              />
            </div>
          </div>
          <LazyChartLegend headingLevel={3} />
        </section>
        <section aria-labelledby="over_heading" className="route-about">
          <h2 id="over_heading">Over deze route</h2>
          {route.summary && <p className="lead">{route.summary}</p>}
          <p className="route-edit-link">
            <Link to={`/bewerken/${slug}`}>Bewerk deze route</Link>
          </p>
          <LazyRouteActions slug={slug} url={url} route={route} compareWith={compareWith} />
        </section>
        <LazyRouteFeedback
          target={feedback}
          pageTitle={routeDisplayName(route)}
          path={url}
          builtOn={builtOn}
        />
        <LazyRouteHistory history={history} verified={route.verified} />
        <LazyRouteText route={route} />
        <LazyEmbedSnippet slug={slug} name={routeDisplayName(route)} />
      </div>
    </RouteTermsProvider>
  );
}
