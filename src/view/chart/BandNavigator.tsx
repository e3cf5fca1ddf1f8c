/**
 * "Ga naar": one button per group (band) of the chart. On a big route the whole chart is too
 * small to read, so the reader picks a level (eerste schil, buiten school) and the chart shows
 * its steps at a readable size, like turning to one part of a paper procesplaat.
 */
import type { Box, LaidOutGroup, LaidOutNode } from '../../layout/layout-types.ts';
import { boundingBox } from './viewport.ts';

export interface BandNavigatorProps {
  groups: readonly LaidOutGroup[];
  /** The label of each group, in full (the layout keeps the wrapped lines). */
  labels: ReadonlyMap<string, string>;
  /** Which band each node sits in: the nodes inside a band's box. */
  nodes: readonly LaidOutNode[];
  onShow: (box: Box) => void;
  disabled: boolean;
}

/** The box around the steps inside a band (the band itself spans the whole chart). */
export function bandContents(group: LaidOutGroup, nodes: readonly LaidOutNode[]): Box | null {
  const inside = nodes.filter(
    (node) => node.y >= group.y && node.y + node.height <= group.y + group.height,
  );
  return boundingBox(inside);
}

export function BandNavigator({ groups, labels, nodes, onShow, disabled }: BandNavigatorProps) {
  if (groups.length === 0) return null;
  const sorted = [...groups].sort((a, b) => a.y - b.y);
  return (
    // A group of buttons, not a <nav>: it moves the chart, it does not lead to other pages.
    <div className="chart-bands" role="group" aria-label="Delen van het schema">
      <span className="chart-bands-title" aria-hidden="true">
        Ga naar:
      </span>
      <ul>
        {sorted.map((group) => {
          const box = bandContents(group, nodes);
          return (
            <li key={group.id}>
              <button
                type="button"
                className="chart-button chart-button--small"
                disabled={disabled || box === null}
                onClick={() => box && onShow(box)}
              >
                {labels.get(group.id) ?? group.lines.join(' ')}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
