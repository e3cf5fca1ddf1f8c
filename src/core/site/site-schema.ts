/**
 * Site file v1 (`content/site.json`): who runs this Routekaart. The single source for its
 * shape; the type is inferred and the published JSON Schema generated from it.
 */
import { z } from '../zod.ts';
import { httpUrl, phone, text } from '../schema-fields.ts';

export const SITE_SCHEMA_PATH = '/schema/site.v1.json';

export const beheerderSchema = z.strictObject({
  organisation: text(120, 1).meta({
    description: 'Wie deze Routekaart beheert, bijv. het samenwerkingsverband of de gemeente',
  }),
  email: z
    .email({ error: 'geen geldig e-mailadres' })
    .max(254)
    .meta({ description: 'Functieadres van de beheerder, nooit een persoonlijk adres' }),
  phone: phone.optional().meta({ description: 'Telefoonnummer van een functie' }),
  region: text(120, 1).meta({ description: 'De regio waarvoor deze Routekaart is' }),
  website: httpUrl.optional(),
  fictional: z.boolean().meta({ description: 'Verzonnen voorbeeld (true) of echte beheerder' }),
});

export const siteSchema = z
  .strictObject({
    $schema: z.string().optional(),
    version: z.literal(1),
    beheerder: beheerderSchema,
  })
  .meta({ title: 'Routekaart site, versie 1' });

export type Site = z.infer<typeof siteSchema>;
export type Beheerder = z.infer<typeof beheerderSchema>;
