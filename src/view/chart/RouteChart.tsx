/**
 * The read-only route chart: plain SVG drawn from the precomputed layout.
 * The first render (also the prerendered HTML) shows the whole chart through the
 * viewBox, without measuring anything; pan and zoom only add a transform later.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Route } from '../../core/route/route-schema.ts';
import type { Box, LaidOutNode, RouteLayout } from '../../layout/layout-types.ts';
import { bandContents } from './BandNavigator.tsx';
import { CHART_MARGIN, ChartDrawing } from './ChartDrawing.tsx';
import { ChartHelp, ChartToolbar } from './ChartToolbar.tsx';
import { useChartMode } from './use-chart-mode.ts';
import { useModeSwitchView } from './use-mode-switch-view.ts';
import { ChartOverviewPart as ChartOverview } from './chart-overview-part.ts';
import { buildChartModel } from './chart-model.ts';
import type { ChartHighlight } from './chart-highlight.ts';
import { useFitPixels } from './use-fit-pixels.ts';
import { useHydrated } from './use-hydrated.ts';
import { usePointerGestures } from './use-pointer-gestures.ts';
import { useViewport } from './use-viewport.ts';
import { scrollIntoWindow, useBringIntoView } from './use-bring-into-view.ts';
import { revealedEdges } from './revealed-edges.ts';
import {
  partView,
  READABLE_PIXELS_PER_UNIT,
  READABLE_START,
  isIdentity,
  startView,
} from './viewport.ts';
import './chart.css';
import './chart-print-and-contrast.css';
import './chart-highlight.css';
import './chart-overview.css';

export interface RouteChartProps {
  route: Route;
  layout: RouteLayout;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Nodes and edges to bring forward (a way, a neighbourhood); the rest is faded, not hidden. */
  highlight?: ChartHighlight;
}

export function RouteChart({ route, layout, selectedId, onSelect, highlight }: RouteChartProps) {
  const model = useMemo(() => buildChartModel(route, layout), [route, layout]);
  const chartMode = useChartMode(route, selectedId, highlight);
  const overviewShown = chartMode.mode === 'overzicht';
  const toSchema = () => chartMode.setMode('schema');
  const size = useMemo(
    () => ({ width: layout.width + 2 * CHART_MARGIN, height: layout.height + 2 * CHART_MARGIN }),
    [layout.width, layout.height],
  );
  // Node boxes in the viewBox frame (layout shifted by the margin), for panning into view.
  const nodeBoxes = useMemo(
    () =>
      new Map<string, Box>(
        layout.nodes.map((n) => [n.id, { ...n, x: n.x + CHART_MARGIN, y: n.y + CHART_MARGIN }]),
      ),
    [layout.nodes],
  );
  const viewport = useViewport(size);
  const containerRef = useRef<HTMLDivElement>(null);
  const overviewRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const gestures = usePointerGestures(containerRef, svgRef, size, viewport.setView);
  const hydrated = useHydrated();
  const id = useId();
  // The prerendered chart shows everything; a wide route fitted into a narrow page would
  // be unreadable, so once measured it starts at a readable size, at the selected step or
  // at the top, where a route drawn downwards begins. "Passend maken" shows it all again.
  const fitPixels = useFitPixels(svgRef, size, (pixelsPerUnit) => {
    if (pixelsPerUnit >= READABLE_PIXELS_PER_UNIT) return;
    const topmost = layout.nodes.reduce<LaidOutNode | undefined>(
      (top, node) => (top === undefined || node.y < top.y ? node : top),
      undefined,
    );
    const box = nodeBoxes.get(selectedId ?? '') ?? nodeBoxes.get(topmost?.id ?? '');
    if (box) viewport.setView(startView(box, size, READABLE_START / pixelsPerUnit));
    // On a narrow screen the parts of the route say more than a corner of the chart.
    if (selectedId === null && highlight === undefined && chartMode.hasOverview)
      chartMode.setMode('overzicht');
  });

  // A selection from outside (deep link, text version) must be on screen: adjust while
  // rendering, as React advises for state that follows a prop, rather than in an effect.
  const [revealedId, setRevealedId] = useState(selectedId);
  if (revealedId !== selectedId) {
    setRevealedId(selectedId);
    const box = selectedId === null ? undefined : nodeBoxes.get(selectedId);
    if (box) viewport.reveal(box);
  }
  const revealNode = (nodeId: string) => {
    const box = nodeBoxes.get(nodeId);
    if (box) viewport.reveal(box);
  };
  // A chosen way or neighbourhood is brought into view, readable but not larger.
  const readableScale = Math.max(1, READABLE_START / (fitPixels ?? READABLE_START));
  const smallestReadableScale = Math.max(
    1,
    READABLE_PIXELS_PER_UNIT / (fitPixels ?? READABLE_PIXELS_PER_UNIT),
  );
  useBringIntoView(highlight, nodeBoxes, size, viewport, readableScale, containerRef);
  const [allConnections, setAllConnections] = useState(false);
  const revealed = useMemo(
    () => (allConnections ? 'all' : revealedEdges(layout.edges, selectedId)),
    [allConnections, layout.edges, selectedId],
  );
  const groupLabels = useMemo(
    () => new Map((route.groups ?? []).map((group) => [group.id, group.label])),
    [route.groups],
  );
  const showPart = (box: Box) => {
    toSchema();
    const shifted = { ...box, x: box.x + CHART_MARGIN, y: box.y + CHART_MARGIN };
    viewport.setView(partView(shifted, size, readableScale, smallestReadableScale));
    scrollIntoWindow(containerRef.current);
  };
  const fitWhole = () => {
    toSchema();
    viewport.fit();
    scrollIntoWindow(containerRef.current);
  };

  const focusAfterSwitch = useModeSwitchView(chartMode.mode, containerRef, overviewRef);
  const showGroup = (groupId: string) => {
    const group = layout.groups.find((candidate) => candidate.id === groupId);
    const box = group && bandContents(group, layout.nodes);
    if (!box) return;
    focusAfterSwitch();
    showPart(box);
  };

  return (
    // The chart box comes first, so the route starts high on the page; its controls follow.
    // Behind the overview the chart stays laid out (measured, printed), but hidden.
    <div className="chart">
      {overviewShown && (
        <ChartOverview
          ref={overviewRef}
          route={route}
          onShowGroup={showGroup}
          onSelectStep={(stepId) => {
            focusAfterSwitch(stepId);
            onSelect(stepId);
          }}
        />
      )}
      <div
        ref={containerRef}
        className={`chart-viewport${isIdentity(viewport.view) ? '' : ' chart-viewport--moved'}${overviewShown ? ' chart-viewport--behind' : ''}`}
        role="group"
        aria-label="Stroomschema van de route"
        // "klaar" once the page width is measured and the view settled (tests wait for it).
        data-view-state={fitPixels === null ? 'voorlopig' : 'klaar'}
        aria-describedby={`${id}-beschrijving ${id}-hulp`}
        tabIndex={0}
        onKeyDown={viewport.onKeyDown}
        {...gestures.handlers}
      >
        <ChartDrawing
          svgRef={svgRef}
          size={size}
          view={viewport.view}
          layout={layout}
          model={model}
          highlight={highlight}
          revealed={revealed}
          selectedId={selectedId}
          onSelect={onSelect}
          onFocusNode={revealNode}
        />
        {gestures.wheelHintVisible && (
          <div className="chart-wheel-hint" aria-hidden="true">
            Houd Ctrl (of Cmd) ingedrukt en scroll om te zoomen
          </div>
        )}
      </div>
      <ChartToolbar
        mode={chartMode.hasOverview ? chartMode.mode : null}
        onMode={chartMode.setMode}
        scale={viewport.view.scale * (fitPixels ?? 1)}
        onZoom={(zoom) => {
          toSchema();
          if (zoom === 'in') viewport.zoomIn();
          else viewport.zoomOut();
        }}
        onFit={fitWhole}
        bands={
          overviewShown ? null : { groups: layout.groups, labels: groupLabels, nodes: layout.nodes }
        }
        onShowPart={showPart}
        allConnections={allConnections}
        onAllConnections={setAllConnections}
        disabled={!hydrated}
      />
      <ChartHelp id={id} />
    </div>
  );
}
