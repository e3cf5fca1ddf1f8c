import { useId } from 'react';
import { consentOnPath } from '../../core/reading/path-consent.ts';
import { nodeById } from '../../core/route/route-model.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { ConsentSummary } from './consent-summary.tsx';
import { PathSteps } from './path-steps.tsx';
import type { PathChoice } from './use-path-query.ts';
import { stepCount, type WayLeg, type WayView } from './way-view.ts';

export interface WayResultProps {
  route: Route;
  view: WayView;
  onChoose: (choice: PathChoice) => void;
}

/** The way (and the way back) written out; or, when there is none, what comes closest. */
export function WayResult({ route, view, onChoose }: WayResultProps) {
  return (
    <div className="way-result">
      <Leg
        route={route}
        leg={view.there}
        title={`De weg van ${view.there.from.label} naar ${view.there.to.label}`}
        onChoose={onChoose}
      />
      {view.back && (
        <Leg
          route={route}
          leg={view.back}
          title={`De weg terug van ${view.back.from.label} naar ${view.back.to.label}`}
        />
      )}
    </div>
  );
}

function Leg({
  route,
  leg,
  title,
  onChoose,
}: {
  route: Route;
  leg: WayLeg;
  title: string;
  /** Offers to show the way in the other direction; left out for the way back (that is the way there). */
  onChoose?: (choice: PathChoice) => void;
}) {
  const { from, to, result } = leg;
  const headingId = useId();
  return (
    <section className="way-leg" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {result.found ? (
        <>
          <p>{stepCount(result.path)}, in het schema genummerd.</p>
          <ConsentSummary points={consentOnPath(route, result.path)} />
          <PathSteps route={route} path={result.path} />
        </>
      ) : (
        <>
          <p className="way-none">
            <strong>
              Er loopt in deze route geen weg van {from.label} naar {to.label}
            </strong>{' '}
            als je de pijlen volgt.
          </p>
          {result.reverse && onChoose && (
            <p>
              Andersom wel: van {to.label} naar {from.label} ({stepCount(result.reverse)}).{' '}
              <button
                type="button"
                className="path-button path-button--quiet"
                onClick={() => onChoose({ from: to.id, to: from.id, back: false })}
              >
                Toon de weg van {to.label} naar {from.label}
              </button>
            </p>
          )}
          {result.nearest && result.nearest.path.hops.length > 0 && (
            <p>
              Langs de pijlen kom je vanaf {from.label} het dichtst bij {to.label} bij{' '}
              <strong>{nodeById(route, result.nearest.path.nodes.at(-1) ?? '')?.label}</strong> (
              {stepCount(result.nearest.path)}; daarna nog {result.nearest.remaining}{' '}
              {result.nearest.remaining === 1 ? 'verbinding' : 'verbindingen'} van {to.label} af).
            </p>
          )}
          {result.connection ? (
            <>
              <p>
                Zo zijn {from.label} en {to.label} wel met elkaar verbonden, deels tegen de richting
                van de pijlen in ({stepCount(result.connection)}, gemarkeerd in het schema):
              </p>
              <PathSteps route={route} path={result.connection} />
            </>
          ) : (
            <p>
              {from.label} en {to.label} zijn in deze route op geen enkele manier met elkaar
              verbonden. Vraag de school hoe het contact dan loopt.
            </p>
          )}
        </>
      )}
    </section>
  );
}
