/**
 * The fixed lists behind the self-scan and the plan van aanpak. They are part of the
 * exported formats (a scan names its elements by these ids), so other tools can rely on
 * them; the texts that go with them live in content/samenwerken/ and may change freely.
 * Zod-free, so pages can use the lists without bundling zod.
 */

/** The twelve werkzame elementen of "De sterkste schakels", in the order of the source. */
export const ELEMENT_IDS = [
  'randvoorwaarden',
  'visie-en-doelen',
  'vertrouwen-en-respect',
  'rollen-en-verantwoordelijkheden',
  'leiderschap-en-management',
  'planning-en-procedures',
  'communicatie',
  'informatie-delen',
  'betrokkenheid',
  'vaardigheden-en-houding',
  'samenwerken-als-proces',
  'effecten',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

/** Bijlage 1 of the plan van aanpak: the five aandachtsgebieden. */
export const AREA_IDS = [
  'kritisch-reflecteren',
  'voorwaarden',
  'proces',
  'opbrengsten',
  'borgen',
] as const;
export type AreaId = (typeof AREA_IDS)[number];

/** Bijlage 2: the three forms of cooperation between school and youth care. */
export const FORM_IDS = ['preventie', 'beoordeling-en-aanpak', 'uitvoering'] as const;
export type FormId = (typeof FORM_IDS)[number];

/** Part C of the form: where the cooperation is strengthened. */
export const LEVEL_IDS = ['bestuurlijk', 'relationeel', 'professioneel'] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

/** The school types bijlage 2 gives variants for. */
export const PRACTICE_SECTORS = ['po', 'vo', 'mbo'] as const;
export type PracticeSector = (typeof PRACTICE_SECTORS)[number];

/** A team's answer per element. "Not answered yet" is the absence of a score. */
export const SCORES = ['gaat-goed', 'kan-beter', 'weten-we-niet', 'niet-van-toepassing'] as const;
export type Score = (typeof SCORES)[number];

export const SCORE_LABELS: Record<Score, string> = {
  'gaat-goed': 'Gaat goed',
  'kan-beter': 'Kan beter',
  'weten-we-niet': 'Weten we niet',
  'niet-van-toepassing': 'Niet van toepassing',
};
