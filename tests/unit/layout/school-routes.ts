/** Realistic routes for layout tests: a 20-node school route, and copies of it chained. */
import type { Route } from '../../../src/core/route/route-schema.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

/** A 20-node ondersteuningsroute as a school would write it, with groups and edge labels. */
export function sampleSchoolRoute(): Route {
  return makeRoute({
    kind: 'school',
    school: { name: 'Testschool', municipality: 'Utrecht' },
    groups: [
      makeGroup('klas', { label: 'In de klas' }),
      makeGroup('school', { label: 'Ondersteuning op school' }),
      makeGroup('zat', { label: 'Zorg- en adviesteam (ZAT)' }),
      makeGroup('buiten', { label: 'Buiten school' }),
    ],
    nodes: [
      makeNode('signaal', { kind: 'step', label: 'Signaal: zorg over een leerling' }),
      makeNode('mentor', { group: 'klas', label: 'Mentor' }),
      makeNode('gesprek', { kind: 'step', group: 'klas', label: 'Gesprek met leerling en ouders' }),
      makeNode('leer-of-leef', {
        kind: 'decision',
        group: 'klas',
        label: 'Leervraag of leefvraag?',
      }),
      makeNode('ib', { group: 'school', label: 'Intern begeleider' }),
      makeNode('groeidocument', {
        kind: 'document',
        group: 'school',
        label: 'Groeidocument / handelingsplan',
      }),
      makeNode('leerlingbespreking', {
        kind: 'team',
        group: 'school',
        label: 'Leerlingbespreking',
      }),
      makeNode('toestemming', {
        kind: 'consent',
        group: 'school',
        label: 'Toestemming ouders voor bespreking in het ZAT',
      }),
      makeNode('zat', { kind: 'team', group: 'zat', label: 'Zorg- en adviesteam' }),
      makeNode('smw', { group: 'zat', label: 'Schoolmaatschappelijk werk' }),
      makeNode('jgz', { kind: 'service', group: 'zat', label: 'Jeugdarts (JGZ)' }),
      makeNode('leerplicht', { kind: 'service', group: 'zat', label: 'Leerplichtambtenaar' }),
      makeNode('welke-hulp', { kind: 'decision', group: 'zat', label: 'Welke hulp past?' }),
      makeNode('opp', {
        kind: 'document',
        group: 'school',
        label: 'Ontwikkelingsperspectief (OPP)',
      }),
      makeNode('swv', {
        kind: 'service',
        group: 'buiten',
        label: 'Samenwerkingsverband: arrangement',
      }),
      makeNode('wijkteam', { kind: 'service', group: 'buiten', label: 'Wijkteam / sociaal team' }),
      makeNode('huisarts', { kind: 'service', group: 'buiten', label: 'Huisarts en POH-GGZ' }),
      makeNode('jggz', { kind: 'service', group: 'buiten', label: 'Jeugd-GGZ' }),
      makeNode('meldcode', {
        kind: 'protocol',
        label: 'Meldcode huiselijk geweld en kindermishandeling',
      }),
      makeNode('evaluatie', { kind: 'step', label: 'Evaluatie en terugkoppeling' }),
    ],
    edges: [
      makeEdge('signaal', 'mentor'),
      makeEdge('mentor', 'gesprek'),
      makeEdge('gesprek', 'leer-of-leef'),
      makeEdge('gesprek', 'meldcode', { kind: 'escalates', label: 'zorgen over veiligheid' }),
      makeEdge('leer-of-leef', 'ib', { label: 'leervraag' }),
      makeEdge('leer-of-leef', 'smw', { label: 'leefvraag' }),
      makeEdge('ib', 'groeidocument', { kind: 'informs' }),
      makeEdge('ib', 'leerlingbespreking', { kind: 'escalates' }),
      makeEdge('leerlingbespreking', 'toestemming'),
      makeEdge('toestemming', 'zat', { label: 'ja' }),
      makeEdge('smw', 'zat', { kind: 'member' }),
      makeEdge('jgz', 'zat', { kind: 'member' }),
      makeEdge('leerplicht', 'zat', { kind: 'member' }),
      makeEdge('zat', 'welke-hulp'),
      makeEdge('welke-hulp', 'opp', { label: 'extra ondersteuning' }),
      makeEdge('opp', 'swv', { label: 'aanvraag arrangement' }),
      makeEdge('welke-hulp', 'wijkteam', { label: 'hulp thuis' }),
      makeEdge('welke-hulp', 'huisarts', { label: 'zorg nodig' }),
      makeEdge('huisarts', 'jggz'),
      makeEdge('jggz', 'evaluatie', { kind: 'informs' }),
      makeEdge('swv', 'evaluatie', { kind: 'informs' }),
      makeEdge('wijkteam', 'evaluatie', { kind: 'informs' }),
      makeEdge('evaluatie', 'mentor', { kind: 'informs', label: 'terugkoppeling' }),
    ],
  });
}

/** `copies` school routes one after another (each evaluation leads to the next signal). */
export function chainedSchoolRoutes(copies: number): Route {
  const sample = sampleSchoolRoute();
  const suffix = (id: string, copy: number) => `${id}-${copy}`;
  const parts = Array.from({ length: copies }, (_, copy) => ({
    groups: (sample.groups ?? []).map((group) => ({ ...group, id: suffix(group.id, copy) })),
    nodes: sample.nodes.map((node) => ({
      ...node,
      id: suffix(node.id, copy),
      ...(node.group ? { group: suffix(node.group, copy) } : {}),
    })),
    edges: sample.edges.map((edge) => ({
      ...edge,
      from: suffix(edge.from, copy),
      to: suffix(edge.to, copy),
    })),
  }));
  const links = parts
    .slice(1)
    .map((_, copy) => makeEdge(suffix('evaluatie', copy), suffix('signaal', copy + 1)));
  return makeRoute({
    groups: parts.flatMap((part) => part.groups),
    nodes: parts.flatMap((part) => part.nodes),
    edges: [...parts.flatMap((part) => part.edges), ...links],
  });
}

/**
 * The sample route with six more partners outside school, reached from all levels (as in
 * a primary school's route): too wide to read when fitted with balanced placement.
 */
export function widePartnersSchoolRoute(): Route {
  const sample = sampleSchoolRoute();
  const partner = (id: string, label: string) =>
    makeNode(id, { kind: 'service', group: 'buiten', label });
  return {
    ...sample,
    nodes: [
      ...sample.nodes,
      makeNode('leesdossier', { kind: 'document', label: 'Leesdossier' }),
      partner('dyslexiezorg', 'Dyslexiezorg (EED)'),
      partner('veilig-thuis', 'Veilig Thuis'),
      partner('jgz-buiten', 'JGZ (jeugdverpleegkundige)'),
      partner('leerplicht-buiten', 'Leerplichtambtenaar van de gemeente'),
      partner('poh', 'POH-GGZ jeugd'),
      partner('plek-elders', 'Passende plek op een andere school'),
      partner('wijkagent', 'Wijkagent'),
      partner('rmc', 'RMC-consulent (voortijdig schoolverlaten)'),
    ],
    edges: [
      ...sample.edges,
      makeEdge('mentor', 'leesdossier', { label: 'hardnekkige leesproblemen' }),
      makeEdge('leesdossier', 'dyslexiezorg'),
      makeEdge('meldcode', 'veilig-thuis', { kind: 'reports' }),
      makeEdge('zat', 'jgz-buiten'),
      makeEdge('leerplicht', 'leerplicht-buiten', { kind: 'reports' }),
      makeEdge('huisarts', 'poh'),
      makeEdge('poh', 'jggz', { kind: 'escalates' }),
      makeEdge('swv', 'plek-elders'),
      makeEdge('smw', 'wijkteam'),
      makeEdge('meldcode', 'wijkagent'),
      makeEdge('gesprek', 'rmc', { label: 'dreigt uit te vallen' }),
    ],
  };
}
