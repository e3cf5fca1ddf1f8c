/**
 * The glossary as SKOS JSON-LD (`/begrippen.jsonld`), following NL-SBB: one
 * skos:Concept per meaning, the contexts as skos:Collections, the plain
 * uitleg as rdfs:comment. Ids are site-relative: JSON-LD resolves them against
 * the document's own address, wherever the site is hosted.
 */
import { CONTEXT_LABELS, symmetricRelated } from './glossary-model.ts';
import type { GlossaryEntry } from './glossary-schema.ts';
import { CONTEXTS } from '../contexts.ts';

export const GLOSSARY_JSONLD_PATH = '/begrippen.jsonld';
const SCHEME_ID = '/begrippen';

const JSONLD_CONTEXT = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  dct: 'http://purl.org/dc/terms/',
  rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

type Literal = { '@value': string; '@language': 'nl' };
const nl = (value: string): Literal => ({ '@value': value, '@language': 'nl' });
const ref = (id: string) => ({ '@id': id });

export function conceptId(entry: Pick<GlossaryEntry, 'term' | 'id'>): string {
  return `${SCHEME_ID}/${entry.term}#${entry.id}`;
}

export function glossaryJsonLd(entries: readonly GlossaryEntry[]): Record<string, unknown> {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const related = symmetricRelated(entries);
  const collections = CONTEXTS.map((context) => ({
    '@id': `${SCHEME_ID}#context-${context}`,
    '@type': 'skos:Collection',
    'skos:prefLabel': nl(CONTEXT_LABELS[context]),
    'skos:member': entries
      .filter((entry) => entry.context === context)
      .map((e) => ref(conceptId(e))),
  })).filter((collection) => collection['skos:member'].length > 0);
  return {
    '@context': JSONLD_CONTEXT,
    '@graph': [
      {
        '@id': SCHEME_ID,
        '@type': 'skos:ConceptScheme',
        'skos:prefLabel': nl('Begrippen van Routekaart'),
        'dct:description': nl(
          'Begrippen uit onderwijs, GGZ, jeugdhulp, huisartsenzorg en gemeente, met hun betekenis per context.',
        ),
      },
      ...collections,
      ...entries.map((entry) => concept(entry, related.get(entry.id) ?? [], byId)),
    ],
  };
}

function concept(
  entry: GlossaryEntry,
  relatedIds: readonly string[],
  byId: ReadonlyMap<string, GlossaryEntry>,
) {
  const abbreviations = entry.abbreviations ?? [];
  const altLabels = [
    ...abbreviations.flatMap((a) => [a.abbr, a.expansion]),
    ...(entry.altLabels ?? []),
  ].filter((label, index, all) => label !== entry.prefLabel && all.indexOf(label) === index);
  return {
    '@id': conceptId(entry),
    '@type': 'skos:Concept',
    'skos:inScheme': ref(SCHEME_ID),
    'skos:notation': entry.id,
    'skos:prefLabel': nl(entry.prefLabel),
    'skos:altLabel': altLabels.map(nl),
    'skos:hiddenLabel': (entry.hiddenLabels ?? []).map(nl),
    'skos:definition': nl(entry.definition),
    'rdfs:comment': nl(entry.uitleg),
    ...(entry.scopeNote ? { 'skos:scopeNote': nl(entry.scopeNote) } : {}),
    'skos:related': relatedIds.flatMap((id) => {
      const related = byId.get(id);
      return related ? [ref(conceptId(related))] : [];
    }),
    'dct:source': entry.sources.map((source) => ({
      '@id': source.url,
      'dct:title': nl(source.title),
    })),
    'dct:modified': { '@value': entry.lastReviewed, '@type': 'xsd:date' },
  };
}
