/**
 * The read-only route chart: plain SVG drawn from the precomputed layout.
 * The first render (also the prerendered HTML) shows the whole chart through the
 * viewBox, without measuring anything; pan and zoom only add a transform later.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { Route } from '../../core/route/route-schema.ts';
import type { Box, LaidOutNode, RouteLayout } from '../../layout/layout-types.ts';
import { FONT_FAMILY } from './chart-font.ts';
import { ChartControls } from './ChartControls.tsx';
import { BandNavigator } from './BandNavigator.tsx';
import { ChartNode } from './ChartNode.tsx';
import { ChartScene } from './ChartScene.tsx';
import { buildChartModel } from './chart-model.ts';
import { nodeEmphasis, type ChartHighlight } from './chart-highlight.ts';
import { useFitPixels } from './use-fit-pixels.ts';
import { useHydrated } from './use-hydrated.ts';
import { usePointerGestures } from './use-pointer-gestures.ts';
import { useViewport } from './use-viewport.ts';
import { scrollIntoWindow, useBringIntoView } from './use-bring-into-view.ts';
import { revealedEdges } from './revealed-edges.ts';
import {
  zoomToBox,
  READABLE_PIXELS_PER_UNIT,
  READABLE_START,
  isIdentity,
  startView,
  viewTransform,
} from './viewport.ts';
import './chart.css';
import './chart-print-and-contrast.css';
import './chart-highlight.css';

/** Room around the layout for the selection frame and focus ring of edge nodes. */
export const CHART_MARGIN = 12;

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
    const shifted = { ...box, x: box.x + CHART_MARGIN, y: box.y + CHART_MARGIN };
    viewport.setView(zoomToBox(shifted, size, readableScale));
    scrollIntoWindow(containerRef.current);
  };
  const fitWhole = () => {
    viewport.fit();
    scrollIntoWindow(containerRef.current);
  };

  return (
    // The chart box comes first, so the route starts high on the page; its controls follow.
    <div className="chart">
      <div
        ref={containerRef}
        className={`chart-viewport${isIdentity(viewport.view) ? '' : ' chart-viewport--moved'}`}
        role="group"
        aria-label="Stroomschema van de route"
        // "klaar" once the page width is measured and the view settled (tests wait for it).
        data-view-state={fitPixels === null ? 'voorlopig' : 'klaar'}
        aria-describedby={`${id}-beschrijving ${id}-hulp`}
        tabIndex={0}
        onKeyDown={viewport.onKeyDown}
        {...gestures.handlers}
      >
        <svg
          ref={svgRef}
          className="chart-svg"
          viewBox={`0 0 ${size.width} ${size.height}`}
          width="100%"
          preserveAspectRatio="xMidYMid meet"
          fontFamily={FONT_FAMILY}
        >
          <rect
            className="chart-background"
            width={size.width}
            height={size.height}
            fill="#ffffff"
          />
          <g className="chart-pan-zoom" transform={viewTransform(viewport.view)}>
            <g transform={`translate(${CHART_MARGIN} ${CHART_MARGIN})`}>
              <ChartScene
                groups={layout.groups}
                edges={model.edges}
                highlight={highlight}
                revealed={revealed}
              >
                {model.nodes.map(({ node, kind, label }) => (
                  <ChartNode
                    key={node.id}
                    node={node}
                    kind={kind}
                    label={label}
                    selected={node.id === selectedId}
                    onSelect={onSelect}
                    onFocusNode={revealNode}
                    emphasis={nodeEmphasis(highlight, node.id)}
                    number={highlight?.numbers?.get(node.id)}
                    emphasisNote={highlight?.description}
                  />
                ))}
              </ChartScene>
            </g>
          </g>
        </svg>
        {gestures.wheelHintVisible && (
          <div className="chart-wheel-hint" aria-hidden="true">
            Houd Ctrl (of Cmd) ingedrukt en scroll om te zoomen
          </div>
        )}
      </div>
      <div className="chart-toolbar">
        <ChartControls
          scale={viewport.view.scale * (fitPixels ?? 1)}
          onZoomIn={viewport.zoomIn}
          onZoomOut={viewport.zoomOut}
          onFit={fitWhole}
          disabled={!hydrated}
        />
        <BandNavigator
          groups={layout.groups}
          labels={groupLabels}
          nodes={layout.nodes}
          onShow={showPart}
          disabled={!hydrated}
        />
        <label className="chart-toggle">
          <input
            type="checkbox"
            checked={allConnections}
            disabled={!hydrated}
            onChange={(event) => setAllConnections(event.target.checked)}
          />
          Alle verbindingen
        </label>
      </div>
      <p id={`${id}-beschrijving`} className="chart-description">
        De doorgetrokken pijlen tonen de weg die een vraag aflegt. Wie advies vraagt, wie
        terugkoppelt en wie deelneemt, ziet u bij een gekozen stap of met ‘Alle verbindingen’.
        Dezelfde route staat ook als tekst: <a href="#route-tekst">lees de route als tekst</a>.
      </p>
      <p id={`${id}-hulp`} className="chart-hint">
        Verschuif door te slepen. Zoom met de knoppen, met Ctrl + scrollwiel (Cmd op een Mac) of met
        twee vingers. Met het schema in focus: pijltjestoetsen verschuiven, + en − zoomen.
      </p>
    </div>
  );
}
