/**
 * The editor: the chart (React Flow, laid out by ELK after every change) beside the forms
 * on a wide screen, above them on a narrow one. Everything the chart does with a mouse,
 * the forms do with a keyboard.
 */
import type { ReactNode } from 'react';
import type { Route } from '../../core/route/route-schema.ts';
import { EditorCanvas } from './canvas/EditorCanvas.tsx';
import { EditorContext, type EditorTab } from './editor-context.ts';
import type { EditorOptions } from './editor-options.ts';
import { EditorTabs } from './EditorTabs.tsx';
import { EditorToolbar } from './EditorToolbar.tsx';
import { OtherTabNotice } from './OtherTabNotice.tsx';
import { countProblems, countsText } from './problem-counts.ts';
import { type PrebuiltLayout, useRouteLayout } from './layout/use-route-layout.ts';
import { EdgesPanel } from './panels/EdgesPanel.tsx';
import { ExportSection } from './panels/ExportSection.tsx';
import { SendSection } from './panels/SendSection.tsx';
import { GroupsPanel } from './panels/GroupsPanel.tsx';
import { ImportSection } from './panels/ImportSection.tsx';
import { NodesPanel } from './panels/NodesPanel.tsx';
import { ProblemsPanel } from './panels/ProblemsPanel.tsx';
import { RoutePanel } from './panels/RoutePanel.tsx';
import { ShareSection } from './panels/ShareSection.tsx';
import { type AutosaveTarget, useAutosave } from './state/use-autosave.ts';
import { useEditorState } from './state/use-editor-api.ts';
import './editor.css';

export interface EditorWorkspaceProps {
  initialRoute: Route;
  draft: AutosaveTarget;
  /** The published route, when the draft is this browser's copy of it: stored only while it differs. */
  published?: Route;
  /** The draft's stored text as read on opening (null when nothing is stored yet). */
  storedText: string | null;
  options: EditorOptions;
  /** Layouts the build made (the published route, the templates): shown at once when they fit. */
  prebuilt?: readonly PrebuiltLayout[];
  notice?: ReactNode;
}

export function EditorWorkspace(props: EditorWorkspaceProps) {
  const { api, history, tab, setTab, announcement, dialog } = useEditorState(
    props.initialRoute,
    props.options,
  );
  const layout = useRouteLayout(api.route, props.prebuilt, props.draft.id);
  const autosave = useAutosave(props.draft, {
    route: api.route,
    edited: history.edited,
    published: props.published,
    storedText: props.storedText,
  });
  const openOtherTabVersion = () => {
    const theirs = autosave.adoptOtherTab();
    if (!theirs) return;
    api.mark();
    api.edit({ type: 'replaceRoute', route: theirs });
    api.announce('De versie uit het andere tabblad is geopend.');
  };
  const counts = countProblems(api.problems);
  const toSolve = countsText(counts, false);
  const labels: Record<EditorTab, string> = {
    route: 'Route',
    stappen: `Stappen (${api.route.nodes.length})`,
    verbindingen: `Verbindingen (${api.route.edges.length})`,
    groepen: 'Groepen',
    controle: toSolve ? `Controle (${toSolve})` : 'Controle',
    bestand: 'Bestand en delen',
  };
  const layoutNote = layout.error
    ? `Het schema kon niet worden opgemaakt: ${layout.error}`
    : layout.pending
      ? 'Schema wordt bijgewerkt…'
      : (layout.notice ?? '');

  return (
    <EditorContext.Provider value={api}>
      <div
        className="editor"
        data-layout-state={layout.pending ? 'bezig' : 'klaar'}
        data-laid-out-steps={layout.layout?.nodes.length ?? 0}
      >
        {props.notice}
        {autosave.otherTab && (
          <OtherTabNotice
            theirs={autosave.otherTab.theirs}
            mine={api.route}
            draft={props.draft}
            onOpenTheirs={openOtherTabVersion}
          />
        )}
        <EditorToolbar
          {...history}
          onUndo={history.undo}
          onRedo={history.redo}
          save={autosave.status}
          counts={counts}
          onShowProblems={() => setTab('controle')}
          announcement={announcement}
          layoutNote={layoutNote}
        />
        <div className="editor-body">
          <section className="editor-chart" aria-labelledby="editor-schema-titel">
            <h2 id="editor-schema-titel" className="visually-hidden">
              Schema
            </h2>
            {layout.layout && layout.route ? (
              <EditorCanvas layout={layout.layout} laidOutRoute={layout.route} />
            ) : (
              <p className="canvas-wait">Het schema wordt opgemaakt…</p>
            )}
          </section>
          <section className="editor-panel" aria-labelledby="editor-panel-titel">
            <h2 id="editor-panel-titel" className="visually-hidden">
              Bewerken
            </h2>
            <EditorTabs active={tab} onChange={setTab} labels={labels}>
              {tab === 'route' && <RoutePanel />}
              {tab === 'stappen' && <NodesPanel />}
              {tab === 'verbindingen' && <EdgesPanel />}
              {tab === 'groepen' && <GroupsPanel />}
              {tab === 'controle' && <ProblemsPanel />}
              {tab === 'bestand' && (
                <>
                  <SendSection
                    publishedSlug={
                      props.draft.origin === 'published' ? props.draft.slug : undefined
                    }
                  />
                  <ExportSection
                    layout={layout}
                    publishedSlug={
                      props.draft.origin === 'published' ? props.draft.slug : undefined
                    }
                  />
                  <ShareSection />
                  <ImportSection />
                </>
              )}
            </EditorTabs>
          </section>
        </div>
        {dialog}
      </div>
    </EditorContext.Provider>
  );
}
