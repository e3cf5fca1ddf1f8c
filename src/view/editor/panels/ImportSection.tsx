/**
 * Replaces the draft by a route file (uploaded or pasted). Only a file without errors is
 * taken over, as one undoable step; otherwise every problem is listed and the draft stays.
 */
import { useId, useState } from 'react';
import {
  type ImportResult,
  importRouteBytes,
  importRouteText,
} from '../../../core/editor/import-route.ts';
import { todayIso } from '../../../core/dates.ts';
import { optionsToRefs } from '../editor-options.ts';
import { useEditorApi } from '../editor-context.ts';
import { RouteFileFields } from './RouteFileFields.tsx';
import { type FailedImport, ImportProblems } from './ImportProblems.tsx';

export function ImportSection() {
  const api = useEditorApi();
  const id = useId();
  const [failed, setFailed] = useState<FailedImport | null>(null);

  const take = (result: ImportResult): boolean => {
    if (!result.ok) {
      setFailed(result);
      return false;
    }
    setFailed(null);
    api.mark();
    api.edit({ type: 'replaceRoute', route: result.route });
    api.select(null);
    api.announce('Route ingelezen. Je vorige versie haal je terug met Ongedaan maken.');
    return true;
  };

  return (
    <section aria-labelledby={`${id}-titel`} className="panel-section">
      <h3 id={`${id}-titel`}>Een routebestand inlezen</h3>
      <p className="field-hint">
        Het bestand vervangt dit concept. Met Ongedaan maken haal je het concept terug.
      </p>
      <RouteFileFields
        idPrefix={id}
        rows={5}
        pasteButtonLabel="Geplakte tekst inlezen"
        onText={(text) => take(importRouteText(text, optionsToRefs(api.options), todayIso()))}
        onFile={(bytes) => take(importRouteBytes(bytes, optionsToRefs(api.options), todayIso()))}
      />
      {failed && <ImportProblems failed={failed} />}
    </section>
  );
}
