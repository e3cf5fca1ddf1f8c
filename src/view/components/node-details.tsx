import { type MouseEvent, type ReactNode, useEffect, useRef } from 'react';
import type { Route, RouteNode } from '../../core/route/route-schema.ts';
import { NODE_KIND_LABELS, nodeById } from '../../core/route/route-model.ts';
import { StepFacts } from './step-facts-part.ts';
import { revealChartStep } from './reveal-chart-step.ts';

export interface NodeDetailsProps {
  route: Route;
  selectedId: string | null;
  /** Selects a step, as choosing it in the chart does (see useHashSelection). */
  onSelect: (id: string) => void;
  /** Shown under the step's facts, e.g. where to report a mistake in it. */
  footer?: (node: RouteNode) => ReactNode;
}

/** The panel beside the chart showing the selected step; announced politely on change. */
export function NodeDetails({ route, selectedId, onSelect, footer }: NodeDetailsProps) {
  const node = selectedId ? nodeById(route, selectedId) : undefined;
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const chosenHere = useRef(false);
  useEffect(() => {
    if (!chosenHere.current || !selectedId || !panel.current) return;
    chosenHere.current = false;
    // The chart has panned to the step by now (it does so while rendering).
    revealChartStep(selectedId, panel.current);
    // The new step's details start at their heading, whatever was scrolled to before.
    panel.current.scrollTop = 0;
    const title = heading.current;
    if (title && typeof title.scrollIntoView === 'function')
      title.scrollIntoView({ block: 'nearest' });
    title?.focus({ preventScroll: true });
  }, [selectedId]);
  // The facts link other steps as `#<id>`, which in the text route (and without JavaScript)
  // jumps to that step's entry there, thousands of pixels down. Here the reader stays put:
  // the step is selected, the chart pans to it (and the window, a little, to the chart's
  // part that shows it) and focus goes to its details' heading (the link is gone with the
  // old step's details).
  const onClick = (event: MouseEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.button !== 0) return;
    // Ctrl/Cmd/Shift/Alt-click keeps its browser meaning: open the deep link elsewhere.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    const href = (event.target as Element).closest('a')?.getAttribute('href');
    if (!href?.startsWith('#')) return;
    const id = decodeURIComponent(href.slice(1));
    if (!nodeById(route, id)) return;
    event.preventDefault();
    if (id === selectedId) heading.current?.focus({ preventScroll: true });
    chosenHere.current = id !== selectedId;
    onSelect(id);
  };
  return (
    // The click handler only catches link activations (Enter on a link is a click too).
    <aside
      ref={panel}
      className="node-details"
      aria-labelledby="details_heading"
      aria-live="polite"
      onClick={onClick}
    >
      {node ? (
        <>
          <h2 id="details_heading" ref={heading} tabIndex={-1}>
            {node.label} <span className="kind-tag">{NODE_KIND_LABELS[node.kind]}</span>
          </h2>
          <StepFacts route={route} node={node} />
          {footer?.(node)}
        </>
      ) : (
        <>
          <h2 id="details_heading" ref={heading} tabIndex={-1}>
            Details
          </h2>
          <p>
            Kies een stap in het schema (klik erop, of ga er met Tab naartoe en druk op Enter) om te
            zien wie er handelt, wanneer je er komt, hoe je contact legt en of er toestemming nodig
            is.
          </p>
        </>
      )}
    </aside>
  );
}
