/**
 * Downloads: the route file (what gets published) and the chart as SVG or PNG. Errors and
 * empty required fields block them, with the reason shown and a way to the list; warnings do not.
 */
import { useId, useState } from 'react';
import { routeFileName, routeFileText } from '../../../core/editor/route-file.ts';
import { useEditorApi } from '../editor-context.ts';
import { optionsToRefs } from '../editor-options.ts';
import { todayIso } from '../../../core/dates.ts';
import { blocksPublishing, checkDraft } from '../../../core/editor/check-draft.ts';
import { chartPngBlob, chartSvgText } from '../export/chart-files.ts';
import { downloadBlob, downloadText } from '../export/download.ts';
import { countProblems, countsText } from '../problem-counts.ts';
import type { RouteLayoutState } from '../layout/use-route-layout.ts';

export function ExportSection({
  layout,
  publishedSlug,
}: {
  layout: RouteLayoutState;
  publishedSlug?: string;
}) {
  const api = useEditorApi();
  const id = useId();
  const [note, setNote] = useState('');
  const toSolve = countsText(countProblems(api.problems), false);
  const blocked = toSolve !== '';
  const fileName = routeFileName(api.route, publishedSlug);
  const baseName = fileName.replace(/\.json$/, '');
  const title = api.route.school?.name
    ? `${api.route.school.name}: ${api.route.title}`
    : api.route.title;

  const guard = (action: () => void | Promise<void>) => async () => {
    // The list may lag a keystroke behind (it is checked in a deferred render): check now.
    const now = checkDraft(api.route, optionsToRefs(api.options), todayIso());
    if (now.some(blocksPublishing)) {
      api.showTab('controle');
      api.announce(`Downloaden kan nog niet: ${countsText(countProblems(now), false)}.`);
      return;
    }
    try {
      await action();
    } catch (cause) {
      setNote(cause instanceof Error ? cause.message : String(cause));
    }
  };
  const chartReady = () => {
    if (!layout.current || !layout.layout)
      throw new Error('Het schema wordt nog opgemaakt. Probeer het zo opnieuw.');
    return layout.layout;
  };

  return (
    <section aria-labelledby={`${id}-titel`} className="panel-section">
      <h3 id={`${id}-titel`}>Downloaden</h3>
      {blocked ? (
        <p id={`${id}-reden`} className="field-problem field-problem--error">
          Downloaden kan pas als alles is ingevuld en de route geen fouten meer heeft: nu {toSolve}.{' '}
          <button type="button" className="link-button" onClick={() => api.showTab('controle')}>
            Bekijk wat er nog moet
          </button>
        </p>
      ) : (
        <p className="field-hint">
          Het routebestand heet {fileName}. Hier download je het alleen, bijvoorbeeld om het te
          bewaren.
        </p>
      )}
      <div className="button-row">
        {[
          {
            label: 'Routebestand (JSON) downloaden',
            run: () => downloadText(routeFileText(api.route), fileName, 'application/json'),
          },
          {
            label: 'Schema als SVG downloaden',
            run: () =>
              downloadText(
                chartSvgText(api.route, chartReady(), title),
                `${baseName}.svg`,
                'image/svg+xml',
              ),
          },
          {
            label: 'Schema als PNG downloaden',
            run: async () =>
              downloadBlob(await chartPngBlob(api.route, chartReady(), title), `${baseName}.png`),
          },
        ].map(({ label, run }) => (
          <button
            key={label}
            type="button"
            className="button"
            aria-disabled={blocked || undefined}
            aria-describedby={blocked ? `${id}-reden` : undefined}
            onClick={guard(run)}
          >
            {label}
          </button>
        ))}
      </div>
      {note && (
        <p className="field-problem field-problem--error" role="alert">
          {note}
        </p>
      )}
    </section>
  );
}
