import type { ConsentPoint } from '../../core/reading/path-consent.ts';

/** Whose consent the way needs, point by point, or that none is recorded. */
export function ConsentSummary({ points }: { points: ConsentPoint[] }) {
  if (points.length === 0) return <p>Op deze weg is geen toestemming vastgelegd.</p>;
  return (
    <div className="path-consent-summary">
      <p>
        <strong>Toestemming nodig op deze weg:</strong>
      </p>
      <ul>
        {points.map((point, index) => (
          <li key={index}>
            stap {point.step},{' '}
            {point.at === 'node' ? point.node.label : 'de verbinding naar stap ' + (point.step + 1)}
            : {point.consent}
          </li>
        ))}
      </ul>
    </div>
  );
}
