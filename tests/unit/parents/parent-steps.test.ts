import { describe, expect, it } from 'vitest';
import { parentSteps, whatHappens, whatYouCanDo } from '../../../src/core/parents/parent-steps.ts';
import { makeEdge, makeGroup, makeNode, makeRoute } from '../factories.ts';

const ids = (route: Parameters<typeof parentSteps>[0]) =>
  parentSteps(route).map((step) => step.node.id);

describe('the steps a parent takes part in', () => {
  it('are the steps that name parents, ask consent or have words for parents', () => {
    const route = makeRoute({
      nodes: [
        makeNode('gesprek', { kind: 'step', description: 'De leerkracht belt de ouders.' }),
        makeNode('klassenbespreking', { kind: 'team', description: 'Leraren onder elkaar.' }),
        makeNode('toestemming', { kind: 'consent' }),
        makeNode('onderzoek', { kind: 'step', consent: 'Ouders met gezag' }),
        makeNode('plan', { kind: 'document', forParents: 'U leest het plan mee.' }),
        makeNode('gezin', { kind: 'service', who: 'Hulp voor het hele gezin.' }),
      ],
      edges: [],
    });
    expect(ids(route)).toEqual(['gesprek', 'toestemming', 'onderzoek', 'plan', 'gezin']);
  });

  it('in a care route include every person, since the family is the client', () => {
    const nodes = [
      makeNode('huisarts', { kind: 'service', label: 'Huisarts' }),
      makeNode('diagnostiek', { kind: 'step' }),
    ];
    expect(ids(makeRoute({ kind: 'care', nodes, edges: [] }))).toEqual(['huisarts']);
    expect(ids(makeRoute({ nodes, edges: [] }))).toEqual([]);
  });

  it('include a step whose hand-over needs consent, and say what the consent is for', () => {
    const route = makeRoute({
      nodes: [makeNode('smw', { label: 'Schoolmaatschappelijk werker' }), makeNode('wijkteam')],
      edges: [
        makeEdge('smw', 'wijkteam', {
          label: 'Warme overdracht',
          consent: 'Met toestemming van ouders',
        }),
      ],
    });
    const [step] = parentSteps(route);
    expect(step?.node.id).toBe('smw');
    expect(step?.consents).toEqual([
      { about: 'Warme overdracht: wijkteam', who: 'Met toestemming van ouders' },
    ]);
  });

  it('follow the route top to bottom by its groups, then the order of the file', () => {
    const route = makeRoute({
      groups: [makeGroup('klas'), makeGroup('school')],
      nodes: [
        makeNode('mdo', { kind: 'team', group: 'school', who: 'Ouders en school' }),
        makeNode('leerkracht', { group: 'klas', description: 'Spreekt de ouders.' }),
        makeNode('gesprek', { kind: 'step', group: 'klas', label: 'Gesprek met ouders' }),
      ],
      edges: [makeEdge('leerkracht', 'mdo', { kind: 'escalates' })],
    });
    expect(ids(route)).toEqual(['leerkracht', 'gesprek', 'mdo']);
  });

  it('know the person a parent meets by the words of the label before the terms', () => {
    const route = makeRoute({
      nodes: [
        makeNode('jgz', {
          kind: 'service',
          label: 'JGZ (jeugdverpleegkundige)',
          terms: ['jgz-gemeente'],
          description: 'Voor ouders',
        }),
        makeNode('poh', { kind: 'service', label: 'POH-GGZ bij de huisarts', consent: 'Ouders' }),
      ],
      edges: [],
    });
    expect(parentSteps(route).map((step) => step.role?.key)).toEqual([
      'jeugdverpleegkundige',
      'poh-ggz',
    ]);
  });
});

describe('what happens at a step, for a parent', () => {
  const stepOf = (node: ReturnType<typeof makeNode>) =>
    parentSteps(makeRoute({ nodes: [node], edges: [] }))[0]!;

  it("is the route's own words for parents first", () => {
    const step = stepOf(
      makeNode('mdo', { kind: 'team', label: 'MDO', forParents: 'Eigen tekst.' }),
    );
    expect(whatHappens(step)).toEqual({ kind: 'own', text: 'Eigen tekst.' });
  });

  it('is the text of a known topic, such as the MDO or the first worry', () => {
    const step = stepOf(makeNode('mdo', { kind: 'team', label: 'MDO met ouders' }));
    expect(whatHappens(step)).toEqual({ kind: 'text', id: 'onderwerp.mdo' });
    for (const label of ['Signaal of zorg', 'Zorg of hulpvraag', 'Zorgen over een kind'])
      expect(whatHappens(stepOf(makeNode('s', { kind: 'step', label, consent: 'x' })))).toEqual({
        kind: 'text',
        id: 'onderwerp.signaal',
      });
  });

  it('is left to the role explanation for a person', () => {
    const step = stepOf(makeNode('mentor', { label: 'Mentor', description: 'Belt ouders.' }));
    expect(whatHappens(step)).toBeUndefined();
  });

  it('asks of the parent what fits the topic, else what fits the kind of step', () => {
    const signal = stepOf(
      makeNode('signaal', { kind: 'step', label: 'Signaal of zorg', consent: 'x' }),
    );
    const form = stepOf(makeNode('x', { kind: 'document', label: 'Formulier', consent: 'Ouders' }));
    expect(whatYouCanDo(signal)).toBe('onderwerp.signaal.u');
    expect(whatYouCanDo(form)).toBe('stap.document.u');
  });

  it('is about the consent at a consent step, whatever its words', () => {
    const step = stepOf(makeNode('t', { kind: 'consent', label: 'Toestemming behandeling' }));
    expect(whatHappens(step)).toEqual({ kind: 'text', id: 'stap.consent.wat' });
  });

  it('tells an MDO in care, without the family, from an MDO at school', () => {
    const care = stepOf(
      makeNode('m', { kind: 'team', label: 'MDO', terms: ['mdo-ggz'], who: 'ouders' }),
    );
    expect(whatHappens(care)).toEqual({ kind: 'text', id: 'onderwerp.mdo-zorg' });
  });

  it('is the text for the kind of step otherwise', () => {
    const step = stepOf(makeNode('x', { kind: 'document', label: 'Formulier', consent: 'Ouders' }));
    expect(whatHappens(step)).toEqual({ kind: 'text', id: 'stap.document.wat' });
  });
});
