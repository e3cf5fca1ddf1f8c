/**
 * Which on-demand edges (advice, feedback, taking part) the chart shows without the
 * "Alle verbindingen" switch: those of the chosen step, in and out, so choosing a
 * meeting shows who takes part and choosing a role shows whom it advises or informs.
 */
import type { LaidOutEdge } from '../../layout/layout-types.ts';

export function revealedEdges(
  edges: readonly LaidOutEdge[],
  selectedId: string | null,
): ReadonlySet<string> {
  if (selectedId === null) return new Set();
  return new Set(
    edges
      .filter((edge) => edge.from === selectedId || edge.to === selectedId)
      .map((edge) => edge.id),
  );
}
