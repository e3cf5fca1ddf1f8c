/** Words for plans on the pages: titles, the parts of the form, places of problems. */
import type { AccentGroup, Plan } from '../../../core/samenwerken/plan-schema.ts';

export function planTitle(plan: Plan): string {
  const name = plan.practice.trim() || '(naam nog niet ingevuld)';
  return plan.municipality ? `${name}, ${plan.municipality}` : name;
}

export const ACCENT_PARTS: Record<
  AccentGroup,
  { letter: string; title: string; question: string }
> = {
  areas: {
    letter: 'A',
    title: 'Het aandachtsgebied',
    question: 'Welk aandachtsgebied willen jullie versterken, en waarom?',
  },
  forms: {
    letter: 'B',
    title: 'De vorm van samenwerken',
    question: 'Welke vorm van samenwerken willen jullie versterken?',
  },
  levels: {
    letter: 'C',
    title: 'Het niveau',
    question: 'Op welk niveau willen jullie de samenwerking versterken?',
  },
};

export const COLUMNS = {
  activities: { label: 'Activiteiten', hint: 'Wat gaan jullie doen?' },
  who: {
    label: 'Wie doet wat?',
    hint: 'Noem functies of organisaties, geen namen van leerlingen of ouders.',
  },
  evaluation: {
    label: 'Wat evalueren we en hoe?',
    hint: 'Wanneer kijken jullie terug, en waaraan zien jullie of het gelukt is?',
  },
} as const;

export const SCOPE_PARTS = {
  afbakening: {
    label: 'Afbakening',
    question: 'Aan welke onderwerpen besteden jullie in dit plan geen aandacht?',
  },
  haalbaarheid: {
    label: 'Haalbaarheid',
    question: 'Met welke risico’s moeten jullie rekening houden, en hoe gaan jullie daarmee om?',
  },
  randvoorwaarden: {
    label: 'Randvoorwaarden',
    question: 'Wat hebben jullie nodig om de doelen te halen, en hoe regelen jullie dat?',
  },
} as const;

const FIELDS: Record<string, string> = {
  practice: 'Naam',
  municipality: 'Gemeente',
  date: 'Datum',
  contact: 'Contactpersoon',
  filledBy: 'Ingevuld door',
  role: 'functie',
  name: 'naam',
  accents: 'Accenten',
  areas: 'aandachtsgebied',
  forms: 'vorm',
  levels: 'niveau',
  chosen: 'keuze',
  note: 'toelichting',
  goals: 'Doel',
  subgoals: 'subdoel',
  text: 'tekst',
  activities: 'activiteiten',
  who: 'wie doet wat',
  evaluation: 'evaluatie',
  element: 'element',
  scope: 'Afbakening en voorwaarden',
  routes: 'Routes',
  type: 'Soort bestand',
  version: 'Versie',
  id: 'id',
};

/** '/goals/1/subgoals/0/who' → 'Doel 2 › subdoel 1 › wie doet wat'. */
export function planProblemPlace(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  const words: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index] ?? '';
    const next = parts[index + 1];
    const word = FIELDS[part] ?? part;
    if (next !== undefined && /^\d+$/.test(next)) {
      words.push(`${word} ${Number(next) + 1}`);
      index++;
    } else words.push(word);
  }
  return words.join(' › ') || 'Het bestand';
}
