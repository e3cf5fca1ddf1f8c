/**
 * How each edge kind is drawn. Kinds differ by line pattern and width (not colour
 * alone), and each has a Dutch verb phrase for the legend and the edge's tooltip.
 * Colours are ≥ 3:1 against white and the light group fill (see the tests).
 */
import type { EdgeKind } from '../../core/route/route-schema.ts';

export interface EdgeKindStyle {
  /** Reads as "<from> <name> <to>", e.g. "Mentor verwijst naar Intern begeleider". */
  name: string;
  /** One line for the legend. */
  meaning: string;
  color: string;
  width: number;
  /** SVG stroke-dasharray; undefined for a solid line. */
  dash: string | undefined;
  /** Drawn as two parallel lines (a thick line with a white core). */
  double: boolean;
}

function style(
  [name, meaning]: readonly [string, string],
  color: string,
  width: number,
  dash?: string,
  double = false,
): EdgeKindStyle {
  return { name, meaning, color, width, dash, double };
}

// A switch rather than a table so that a new EdgeKind is a type error here.
export function edgeKindStyle(kind: EdgeKind): EdgeKindStyle {
  switch (kind) {
    case 'refers':
      return style(['verwijst naar', 'Geeft de vraag of de leerling over.'], '#262626', 2);
    case 'consults':
      return style(
        ['vraagt advies aan', 'Vraagt advies en blijft zelf verantwoordelijk.'],
        '#1d5a9e',
        2,
        '9 5',
      );
    case 'informs':
      return style(
        ['koppelt terug aan', 'Laat weten hoe het gaat of wat er is besproken.'],
        '#0d6767',
        2.25,
        '0.1 5.5',
      );
    case 'escalates':
      return style(['schaalt op naar', 'Brengt de vraag een niveau hoger.'], '#a8232a', 4);
    case 'member':
      return style(['neemt deel aan', 'Is lid van een overleg of team.'], '#5c5f66', 1.25, '4 3');
    case 'reports':
      return style(
        ['meldt (wettelijk) bij', 'Een melding die de wet vraagt, zoals bij Veilig Thuis.'],
        '#66399a',
        5,
        undefined,
        true,
      );
    default: {
      const unknownKind: never = kind;
      throw new Error(`Onbekend soort verbinding: ${String(unknownKind)}`);
    }
  }
}
