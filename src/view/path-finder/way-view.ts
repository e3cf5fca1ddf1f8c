/**
 * What the path finder shows for a choice: the way there (or the best alternative),
 * optionally the way back, the chart highlight and one sentence for screen readers.
 */
import { consentOnPath } from '../../core/reading/path-consent.ts';
import { nodeById } from '../../core/route/route-model.ts';
import { findWay, type WayAnswer } from '../../core/reading/find-way.ts';
import type { RoutePath } from '../../core/reading/route-paths.ts';
import type { Route, RouteNode } from '../../core/route/route-schema.ts';
import { makeHighlight, type ChartHighlight } from '../chart/chart-highlight.ts';
import type { PathChoice } from './use-path-query.ts';

export interface WayLeg {
  from: RouteNode;
  to: RouteNode;
  result: WayAnswer;
  /** The path drawn and listed: the way itself, or else the connection against the arrows. */
  shown: RoutePath | null;
}

export interface WayView {
  there: WayLeg;
  back: WayLeg | null;
  highlight: ChartHighlight | undefined;
  announcement: string;
}

function leg(route: Route, from: RouteNode, to: RouteNode): WayLeg {
  const result = findWay(route, from.id, to.id);
  return { from, to, result, shown: result.found ? result.path : result.connection };
}

export function stepCount(path: RoutePath): string {
  return path.nodes.length === 1 ? '1 stap' : `${path.nodes.length} stappen`;
}

function sentence(route: Route, { from, to, result }: WayLeg, direction: 'heen' | 'terug'): string {
  if (!result.found)
    return direction === 'heen'
      ? `Er loopt in deze route geen weg van ${from.label} naar ${to.label}.`
      : `Er loopt geen weg terug van ${from.label} naar ${to.label}.`;
  const consent = consentOnPath(route, result.path).length;
  const consentText =
    consent === 0 ? 'geen toestemming vastgelegd' : `${consent} keer toestemming nodig`;
  return direction === 'heen'
    ? `Weg van ${from.label} naar ${to.label}: ${stepCount(result.path)}, ${consentText}.`
    : `Weg terug: ${stepCount(result.path)}, ${consentText}.`;
}

export function buildWayView(route: Route, choice: PathChoice): WayView | null {
  const from = nodeById(route, choice.from);
  const to = nodeById(route, choice.to);
  if (!from || !to || from.id === to.id) return null;
  const there = leg(route, from, to);
  const back = choice.back ? leg(route, to, from) : null;
  const paths = [there.shown, back?.result.found ? back.result.path : null].filter(
    (path) => path !== null,
  );
  const numbers = new Map(there.shown?.nodes.map((id, index) => [id, index + 1]));
  const highlight =
    paths.length === 0
      ? undefined
      : makeHighlight(
          paths.flatMap((path) => path.nodes),
          paths.flatMap((path) => path.hops.map((hop) => hop.edge)),
          there.result.found ? 'op de gekozen weg' : 'op de verbinding tegen de pijlen in',
          numbers,
        );
  const parts = [sentence(route, there, 'heen'), back ? sentence(route, back, 'terug') : ''];
  const tail = there.result.found
    ? ' De weg is gemarkeerd in het schema en staat hieronder in stappen.'
    : there.shown
      ? ' Hieronder staat hoe ze wel verbonden zijn; dat is gemarkeerd in het schema.'
      : '';
  return { there, back, highlight, announcement: parts.filter(Boolean).join(' ') + tail };
}
