/** Every answer per element, with the notes: the full text version of the result. */
import type { CombinedScan } from '../../../core/samenwerken/combine-scans.ts';
import { SCORES, SCORE_LABELS } from '../../../core/samenwerken/samenwerken-ids.ts';
import type { ElementTexts } from './scan-words.ts';

export function ScanTable({
  combined,
  elements,
}: {
  combined: CombinedScan;
  elements: readonly ElementTexts[];
}) {
  const title = (id: string) => elements.find((element) => element.id === id)?.title ?? id;
  const single = combined.scans === 1;
  return (
    <section aria-labelledby="per-element-kop" className="scan-table">
      <h2 id="per-element-kop">Per element</h2>
      <div className="table-scroll" role="region" aria-labelledby="per-element-kop" tabIndex={0}>
        <table>
          <caption className="visually-hidden">
            {single ? 'Het antwoord per element' : 'Hoe vaak elk antwoord is gekozen, per element'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Element</th>
              {single ? (
                <th scope="col">Antwoord</th>
              ) : (
                <>
                  {SCORES.map((score) => (
                    <th key={score} scope="col">
                      {SCORE_LABELS[score]}
                    </th>
                  ))}
                  <th scope="col">Nog open</th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {combined.elements.map((item) => {
              const chosen = SCORES.find((score) => item.counts[score] > 0);
              return (
                <tr key={item.element}>
                  <th scope="row">
                    {title(item.element)}
                    {item.disagreement && <span className="disagreement-tag"> verdeeld</span>}
                  </th>
                  {single ? (
                    <td>{chosen ? SCORE_LABELS[chosen] : 'Nog open'}</td>
                  ) : (
                    <>
                      {SCORES.map((score) => (
                        <td key={score}>{item.counts[score]}</td>
                      ))}
                      <td>{item.unanswered}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h3>Toelichtingen</h3>
      {combined.elements.every((item) => item.notes.length === 0) ? (
        <p>Er zijn geen toelichtingen geschreven.</p>
      ) : (
        <dl className="scan-notes">
          {combined.elements
            .filter((item) => item.notes.length > 0)
            .map((item) => (
              <div key={item.element}>
                <dt>{title(item.element)}</dt>
                {item.notes.map((note, index) => (
                  <dd key={index}>
                    {!single && <span className="note-by">{note.by}: </span>}
                    {note.note}
                  </dd>
                ))}
              </div>
            ))}
        </dl>
      )}
    </section>
  );
}
