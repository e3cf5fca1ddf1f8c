/** The scans in this browser with their "kan beter" elements: start a plan from one of them. */
import { combineScans, improvementElements } from '../../../core/samenwerken/combine-scans.ts';
import type { Scan } from '../../../core/samenwerken/scan-schema.ts';
import type { StoredWork } from '../../../core/samenwerken/work-store.ts';
import { scanTitle } from '../scan/scan-words.ts';

export function ScanChoice({
  scans,
  onChoose,
}: {
  scans: readonly StoredWork<Scan>[];
  onChoose: (scan: Scan) => void;
}) {
  if (scans.length === 0)
    return (
      <p>
        Heb je een zelfscan gedaan? Dan kun je hier ook beginnen met wat daarin <em>kan beter</em>{' '}
        was. Er staan nog geen zelfscans in deze browser.
      </p>
    );
  return (
    <>
      <h3>Of begin met de verbeterpunten van een zelfscan</h3>
      <ul className="draft-list">
        {scans.map((item) => {
          const count = improvementElements(combineScans([item.value])).length;
          const title = scanTitle(item.value);
          return (
            <li key={item.id} className="card">
              <span className="scan-card-title">{title}</span>
              <span className="card-meta">
                {count === 1 ? '1 element kan beter' : `${count} elementen kunnen beter`}
              </span>
              <button type="button" className="button" onClick={() => onChoose(item.value)}>
                Plan maken
                <span className="visually-hidden"> met de verbeterpunten van {title}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </>
  );
}
