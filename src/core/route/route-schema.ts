/**
 * Route format v1: the single source for the route file's shape.
 * Types are inferred from these schemas and the published JSON Schema is
 * generated from them (see json-schema.ts), so the three can never drift apart.
 * Rules that need the whole file (unique ids, references) live in route-rules.ts.
 */
import { z } from '../zod.ts';
// Contexts live in a zod-free module so route pages can use them without bundling zod.
import { CONTEXTS } from '../contexts.ts';
import { date, httpUrl, identifier, phone, text } from '../schema-fields.ts';
import { EDGE_KINDS, NODE_KINDS, ROUTE_KINDS, SECTORS } from './route-kinds.ts';

export { CONTEXTS, type GlossaryContext, routeContext } from '../contexts.ts';

export {
  EDGE_KINDS,
  NODE_KINDS,
  ROUTE_KINDS,
  SECTORS,
  type EdgeKind,
  type NodeKind,
  type RouteKind,
  type Sector,
} from './route-kinds.ts';

export const contactSchema = z.strictObject({
  how: text(300)
    .optional()
    .meta({ description: 'Hoe je contact legt, bijv. "via de administratie"' }),
  phone: phone
    .optional()
    .meta({ description: 'Telefoonnummer van een functie, niet van een persoon' }),
  email: z
    .email({ error: 'geen geldig e-mailadres' })
    .max(254)
    .optional()
    .meta({ description: 'Functieadres, bijv. zorg@school.nl' }),
  url: httpUrl.optional(),
  hours: text(120).optional().meta({ description: 'Bereikbaarheid, bijv. "ma–vr 8.30–16.00"' }),
});

export const schoolSchema = z.strictObject({
  name: text(120, 1),
  municipality: text(120, 1).meta({ description: 'Gemeente' }),
  brin: z
    .string()
    .regex(/^[0-9]{2}[A-Z]{2}([0-9]{2})?$/, {
      error: 'BRIN: 4 tekens (bijv. 12AB), of 6 met het vestigingsnummer',
    })
    .optional(),
  website: httpUrl.optional(),
  samenwerkingsverband: text(120, 1).optional(),
});

export const groupSchema = z.strictObject({
  id: identifier,
  label: text(80, 1),
  description: text(600).optional(),
});

export const nodeSchema = z.strictObject({
  id: identifier,
  kind: z.enum(NODE_KINDS),
  label: text(80, 1).meta({ description: 'Korte naam in het schema' }),
  group: identifier.optional(),
  description: text(2000).optional().meta({ description: 'Wat hier gebeurt' }),
  who: text(300).optional().meta({ description: 'Welke rol(len) hier handelen' }),
  when: text(300).optional().meta({ description: 'Wanneer je hier komt' }),
  contact: contactSchema.optional(),
  consent: text(300).optional().meta({ description: 'Wiens toestemming hier nodig is' }),
  forParents: text(600).optional().meta({
    description:
      'Wat deze stap voor ouders betekent, in eenvoudige woorden (taalniveau B1); staat op de pagina voor ouders',
  }),
  terms: z
    .array(identifier)
    .max(20)
    .optional()
    .meta({ description: 'Ids van begrippen uit de begrippenlijst' }),
  organisation: identifier
    .optional()
    .meta({ description: 'Id van een organisatie uit de sociale kaart' }),
});

export const edgeSchema = z.strictObject({
  from: identifier,
  to: identifier,
  kind: z.enum(EDGE_KINDS),
  label: text(80).optional(),
  consent: text(300).optional(),
});

export const routeSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    kind: z.enum(ROUTE_KINDS),
    title: text(120, 1),
    summary: text(600).optional(),
    sector: z.enum(SECTORS).optional(),
    context: z.enum(CONTEXTS).optional(),
    school: schoolSchema.optional(),
    verified: date.meta({ description: 'Wanneer de inhoud het laatst is gecontroleerd' }),
    maintainer: text(80, 1).meta({ description: 'De ROL die deze route bijhoudt, nooit een naam' }),
    maintainerEmail: z.email({ error: 'geen geldig e-mailadres' }).max(254).optional().meta({
      description:
        'Functieadres voor opmerkingen over deze route, bijv. zorg@school.nl; nooit een persoonlijk adres',
    }),
    groups: z.array(groupSchema).max(50).optional(),
    nodes: z.array(nodeSchema).min(1).max(500),
    edges: z.array(edgeSchema).max(2000),
  })
  .meta({ title: 'Routekaart route, versie 1' });

export type Route = z.infer<typeof routeSchema>;
export type RouteNode = z.infer<typeof nodeSchema>;
export type RouteEdge = z.infer<typeof edgeSchema>;
export type RouteGroup = z.infer<typeof groupSchema>;
export type Contact = z.infer<typeof contactSchema>;
export type School = z.infer<typeof schoolSchema>;
