/**
 * Glossary entry format (docs/glossary-format.md): the frontmatter of one
 * `content/glossary/<id>.mdx` file. One entry is one meaning in one context,
 * as an NL-SBB/SKOS concept. Types are inferred from the schema; rules that
 * need the whole glossary (related ids, shared terms) live in glossary-rules.ts.
 */
import { z } from '../zod.ts';
import { CONTEXTS } from '../contexts.ts';
import { date, fieldNamesOf, httpUrl, identifier, text } from '../schema-fields.ts';

const label = text(80, 1);

export const abbreviationSchema = z.strictObject({
  abbr: text(20, 1).meta({ description: 'De afkorting zoals hij geschreven wordt, bijv. "MDO"' }),
  expansion: label.meta({ description: 'Voluit, bijv. "multidisciplinair overleg"' }),
});

export const sourceSchema = z.strictObject({
  title: text(200, 1),
  url: httpUrl,
});

export const parentWordingSchema = z.strictObject({
  avoid: z.array(label).max(10).optional().meta({ description: 'Woorden die ouders afschrikken' }),
  prefer: z.array(text(160, 1)).max(10).optional().meta({ description: 'Wat je beter zegt' }),
  jargon: z.boolean().optional().meta({
    description:
      'Vakjargon voor ouders: een tekst voor ouders gebruikt de naam alleen met uitleg (npm run check:taal)',
  }),
});

export const glossaryEntrySchema = z.strictObject({
  id: identifier.meta({ description: 'Gelijk aan de bestandsnaam zonder .mdx' }),
  term: identifier.meta({ description: 'Gedeelde sleutel van alle betekenissen; de URL' }),
  prefLabel: label,
  abbreviations: z.array(abbreviationSchema).max(5).optional(),
  altLabels: z.array(label).max(12).optional(),
  hiddenLabels: z.array(label).max(20).optional(),
  context: z.enum(CONTEXTS),
  definition: text(600, 1).meta({ description: 'Precies, voor professionals' }),
  uitleg: text(600, 1).meta({ description: 'Taalniveau B1, voor ouders' }),
  scopeNote: text(600, 1)
    .optional()
    .meta({ description: 'Het verschil met de andere betekenissen' }),
  parentWording: parentWordingSchema.optional(),
  related: z.array(identifier).max(20).optional(),
  sources: z.array(sourceSchema).min(1).max(10),
  lastReviewed: date,
});

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type Abbreviation = z.infer<typeof abbreviationSchema>;
export type GlossarySource = z.infer<typeof sourceSchema>;

/** Every field name in the format, to suggest the right one for a typo like "defintion". */
export const GLOSSARY_FIELD_NAMES = fieldNamesOf(
  glossaryEntrySchema,
  abbreviationSchema,
  sourceSchema,
  parentWordingSchema,
);
