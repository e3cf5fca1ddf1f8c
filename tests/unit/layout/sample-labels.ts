/** Node labels to measure: realistic, random, one with a very long word, one too long for a box. */
import { randomRoute } from './random-route.ts';
import { sampleSchoolRoute } from './school-routes.ts';

export const LONG_WORD = 'samenwerkingsverbandondersteuningsplanraadsvergadering';

export const SAMPLE_LABELS = [
  ...sampleSchoolRoute().nodes.map((node) => node.label),
  ...randomRoute(40, 7).nodes.map((node) => node.label),
  `Aanvraag ${LONG_WORD} bij het loket`,
  'Een heel lang label dat zeker niet op drie regels past omdat het tachtig tekens heeft',
];
