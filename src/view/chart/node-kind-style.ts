/**
 * How each node kind looks and what it means, for the chart and its legend.
 * Kinds differ by shape and badge text first; colour only helps. Every colour is
 * chosen for WCAG 2.2 AA on its own fill: text ≥ 4.5:1, border ≥ 3:1 (see the tests).
 */
import type { NodeKind } from '../../core/route/route-schema.ts';
import { NODE_KIND_LABELS } from '../../layout/box-metrics.ts';

export interface NodeKindStyle {
  /** Dutch kind name, the badge text above the label. */
  name: string;
  /** One line for the legend: what a box of this kind stands for. */
  meaning: string;
  /** Border and badge text. */
  stroke: string;
  fill: string;
}

/** Label text on every node fill. */
export const NODE_TEXT_COLOR = '#1a1a1a';

function style(kind: NodeKind, meaning: string, stroke: string, fill: string): NodeKindStyle {
  return { name: NODE_KIND_LABELS[kind], meaning, stroke, fill };
}

// A switch rather than a table so that a new NodeKind is a type error here.
export function nodeKindStyle(kind: NodeKind): NodeKindStyle {
  switch (kind) {
    case 'role':
      return style(
        kind,
        'Iemand met een taak in de school, zoals mentor of intern begeleider.',
        '#1d5a9e',
        '#eaf2fb',
      );
    case 'team':
      return style(
        kind,
        'Een vast overleg of team, zoals het ondersteuningsteam.',
        '#66399a',
        '#f3edf9',
      );
    case 'step':
      return style(
        kind,
        'Iets wat er gebeurt, zoals aanmelden, intake of afsluiten.',
        '#3d4a5c',
        '#f3f5f8',
      );
    case 'decision':
      return style(
        kind,
        'Een vraag met meer uitkomsten: volg de pijl die past.',
        '#845400',
        '#fff4dc',
      );
    case 'document':
      return style(
        kind,
        'Een document dat de route nodig heeft of oplevert, zoals het OPP.',
        '#0d6767',
        '#e6f5f4',
      );
    case 'service':
      return style(
        kind,
        'Een partner buiten de school, zoals huisarts, wijkteam of jeugd-GGZ.',
        '#2b6530',
        '#eaf5ea',
      );
    case 'consent':
      return style(
        kind,
        'Toestemming nodig: zonder toestemming gaat de route hier niet verder.',
        '#a8232a',
        '#fdeded',
      );
    case 'protocol':
      return style(
        kind,
        'Een wettelijk vastgelegde route, zoals de meldcode of verzuim.',
        '#85295f',
        '#f9ebf3',
      );
    default: {
      const unknownKind: never = kind;
      throw new Error(`Onbekend soort onderdeel: ${String(unknownKind)}`);
    }
  }
}
