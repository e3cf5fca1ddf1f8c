/**
 * Replaces the draft by a route file (uploaded or pasted). Only a file without errors is
 * taken over, as one undoable step; otherwise every problem is listed and the draft stays.
 */
import { useId, useState } from 'react';
import { importRouteText } from '../../../core/editor/import-route';
import { todayIso } from '../../../core/dates';
import type { Problem } from '../../../core/problem';
import { optionsToRefs } from '../editor-options';
import { useEditorApi } from '../editor-context';
import { ImportProblems } from './ImportProblems';

export function ImportSection() {
  const api = useEditorApi();
  const id = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<Problem[] | null>(null);

  const importText = (source: string) => {
    const result = importRouteText(source, optionsToRefs(api.options), todayIso());
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems(null);
    setText('');
    api.mark();
    api.edit({ type: 'replaceRoute', route: result.route });
    api.select(null);
    api.announce('Route ingelezen. Je vorige versie haal je terug met Ongedaan maken.');
  };

  return (
    <section aria-labelledby={`${id}-titel`} className="panel-section">
      <h3 id={`${id}-titel`}>Een routebestand inlezen</h3>
      <p className="field-hint">
        Het bestand vervangt dit concept. Met Ongedaan maken haal je het concept terug.
      </p>
      <div className="field">
        <label htmlFor={`${id}-bestand`}>Kies een bestand (.json)</label>
        <input
          id={`${id}-bestand`}
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) importText(await file.text());
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tekst`}>Of plak de inhoud van het bestand</label>
        <textarea
          id={`${id}-tekst`}
          rows={5}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button type="button" className="button" onClick={() => importText(text)}>
        Geplakte tekst inlezen
      </button>
      {problems && <ImportProblems problems={problems} />}
    </section>
  );
}
