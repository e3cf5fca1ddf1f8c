/** What the canvas does on click, keyboard selection, Delete and a dragged connection. */
import type { Connection, NodeChange } from '@xyflow/react';
import type { KeyboardEvent } from 'react';
import { findEdge } from '../../../core/editor/edge-edits.ts';
import { edgeId } from '../../../layout/layout-types.ts';
import type { EdgeKind } from '../../../core/route/route-schema.ts';
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { edgeName, nodeName } from '../item-names.ts';

export function useCanvasActions(dragKind: EdgeKind) {
  const api = useEditorApi();
  const { route } = api;

  const selectNodeById = (id: string) => {
    const index = route.nodes.findIndex((node) => node.id === id);
    if (index >= 0) api.select({ type: 'node', index });
  };
  const selectEdgeById = (id: string) => {
    const index = route.edges.findIndex((edge) => edgeId(edge) === id);
    if (index >= 0) api.select({ type: 'edge', index });
  };

  /** React Flow selects a focused node on Enter or Space; the editor keeps the selection itself. */
  const onSelectChanges = (changes: NodeChange[]) => {
    for (const change of changes) {
      if (change.type === 'select' && change.selected) return selectNodeById(change.id);
    }
  };

  const connect = ({ source, target }: Connection) => {
    if (!source || !target) return;
    if (source === target) return api.announce('Een verbinding gaat naar een andere stap.');
    const edge = { from: source, to: target, kind: dragKind };
    const existing = findEdge(route, edge);
    if (existing >= 0) {
      api.select({ type: 'edge', index: existing });
      return api.announce(`Deze verbinding bestaat al: ${edgeName(route, edge)}.`);
    }
    api.mark();
    api.edit({ type: 'addEdge', edge });
    api.select({ type: 'edge', index: route.edges.length });
    api.announce(`Verbinding toegevoegd: ${edgeName(route, edge)}.`);
  };

  const onKeyDown = async (event: KeyboardEvent) => {
    if (event.key !== 'Delete' && event.key !== 'Backspace') return;
    const target = event.target as HTMLElement;
    const id = target.closest<HTMLElement>('.react-flow__node')?.dataset.id;
    const index = route.nodes.findIndex((node) => node.id === id);
    if (index < 0) return;
    event.preventDefault();
    const node = route.nodes[index]!;
    const ok = await api.confirm({
      title: `Stap "${nodeName(node)}" verwijderen?`,
      message:
        'De stap en zijn verbindingen verdwijnen uit de route. Met Ongedaan maken haal je ze terug.',
      confirmLabel: 'Stap verwijderen',
    });
    if (!ok) return;
    api.mark();
    api.edit({ type: 'removeNode', index });
    api.select(null);
    // The focused step is gone: focus stays in the chart, from where Tab reaches the next step.
    api.focusElement(FOCUS_IDS.canvas);
    api.announce(`Stap "${nodeName(node)}" verwijderd.`);
  };

  return { selectNodeById, selectEdgeById, onSelectChanges, connect, onKeyDown };
}
