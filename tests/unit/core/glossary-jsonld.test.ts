import { describe, expect, it } from 'vitest';
import { glossaryJsonLd } from '../../../src/core/glossary/glossary-jsonld.ts';
import { makeAbbreviation } from '../glossary-factories.ts';

const school = makeAbbreviation('MDO', 'multidisciplinair overleg', 'onderwijs', {
  hiddenLabels: ['m.d.o.'],
  scopeNote: 'Met ouders.',
  related: ['mdo-ggz'],
});
const care = makeAbbreviation('MDO', 'multidisciplinair overleg', 'ggz', {
  scopeNote: 'Zonder ouders.',
});
const graph = glossaryJsonLd([school, care])['@graph'] as Record<string, unknown>[];
const byType = (type: string) => graph.filter((node) => node['@type'] === type);

describe('the glossary as SKOS JSON-LD', () => {
  it('declares one concept scheme and a collection per context in use', () => {
    expect(byType('skos:ConceptScheme')).toHaveLength(1);
    expect(byType('skos:Collection').map((node) => node['skos:prefLabel'])).toEqual([
      { '@value': 'onderwijs', '@language': 'nl' },
      { '@value': 'GGZ', '@language': 'nl' },
    ]);
  });

  it('makes each meaning a concept in the scheme, with Dutch labels and notes', () => {
    const concept = byType('skos:Concept').find(
      (node) => node['skos:notation'] === 'mdo-onderwijs',
    );
    expect(concept).toMatchObject({
      '@id': '/begrippen/mdo#mdo-onderwijs',
      'skos:inScheme': { '@id': '/begrippen' },
      'skos:prefLabel': { '@value': 'MDO', '@language': 'nl' },
      'skos:altLabel': [{ '@value': 'multidisciplinair overleg', '@language': 'nl' }],
      'skos:hiddenLabel': [{ '@value': 'm.d.o.', '@language': 'nl' }],
      'skos:definition': { '@value': school.definition, '@language': 'nl' },
      'skos:scopeNote': { '@value': 'Met ouders.', '@language': 'nl' },
      'skos:related': [{ '@id': '/begrippen/mdo#mdo-ggz' }],
      'dct:source': [
        {
          '@id': 'https://www.example.org/bron',
          'dct:title': { '@value': 'Bron', '@language': 'nl' },
        },
      ],
    });
  });

  it('states related concepts both ways, as skos:related is symmetric', () => {
    const concept = byType('skos:Concept').find((node) => node['skos:notation'] === 'mdo-ggz');
    expect(concept?.['skos:related']).toEqual([{ '@id': '/begrippen/mdo#mdo-onderwijs' }]);
  });

  it('lists each concept as a member of its context', () => {
    const care = byType('skos:Collection').find((node) => node['@id'] === '/begrippen#context-ggz');
    expect(care?.['skos:member']).toEqual([{ '@id': '/begrippen/mdo#mdo-ggz' }]);
  });
});
