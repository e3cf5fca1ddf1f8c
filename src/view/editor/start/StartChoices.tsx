/** New drafts: from a sector's template, empty, or from a file; then the editor opens. */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import {
  type ImportResult,
  importRouteBytes,
  importRouteText,
} from '../../../core/editor/import-route.ts';
import { emptyRoute, routeFromTemplate } from '../../../core/editor/new-draft.ts';
import { todayIso } from '../../../core/dates.ts';
import type { Route } from '../../../core/route/route-schema.ts';
import { type EditorOptions, optionsToRefs } from '../editor-options.ts';
import { type FailedImport, ImportProblems } from '../panels/ImportProblems.tsx';
import { type StartResult, startDraft } from './start-draft.ts';
import { RouteFileFields } from '../panels/RouteFileFields.tsx';

export interface TemplateChoice {
  slug: string;
  label: string;
  route: Route;
}

export function StartChoices({
  templates,
  options,
}: {
  templates: TemplateChoice[];
  options: EditorOptions;
}) {
  const navigate = useNavigate();
  const [error, setError] = useState('');
  const [failed, setFailed] = useState<FailedImport | null>(null);
  const open = (result: StartResult) =>
    result.ok ? navigate(result.url) : setError(result.message);

  const take = (result: ImportResult): boolean => {
    if (!result.ok) {
      setFailed(result);
      return false;
    }
    open(startDraft(result.route, 'import'));
    return true;
  };

  return (
    <>
      <section aria-labelledby="nieuw-titel">
        <h2 id="nieuw-titel">Nieuw beginnen</h2>
        <p>
          Begin met het sjabloon voor je onderwijssoort: de gebruikelijke route staat er al in. Pas
          hem daarna aan.
        </p>
        <div className="button-row">
          {templates.map((template) => (
            <button
              key={template.slug}
              type="button"
              className="button button--primary"
              onClick={() =>
                open(
                  startDraft(
                    routeFromTemplate(template.route, todayIso()),
                    'template',
                    template.slug,
                  ),
                )
              }
            >
              {template.label}
            </button>
          ))}
          <button
            type="button"
            className="button"
            onClick={() => open(startDraft(emptyRoute(todayIso()), 'new'))}
          >
            Leeg beginnen
          </button>
        </div>
        {error && (
          <p role="alert" className="field-problem field-problem--error">
            {error}
          </p>
        )}
      </section>
      <section aria-labelledby="bestand-titel">
        <h2 id="bestand-titel">Een routebestand openen</h2>
        <RouteFileFields
          idPrefix="start"
          rows={4}
          pasteButtonLabel="Geplakte tekst openen"
          onText={(text) => take(importRouteText(text, optionsToRefs(options), todayIso()))}
          onFile={(bytes) => take(importRouteBytes(bytes, optionsToRefs(options), todayIso()))}
        />
        {failed && <ImportProblems failed={failed} note="Er is geen concept gemaakt." />}
      </section>
    </>
  );
}
