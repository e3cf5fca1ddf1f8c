/** The parent start page `/ouders` and the way in on the home page (B1). Ids: `start.*`. */
import type { ParentText } from './parent-text.ts';

export const PARENT_TEXTS: readonly ParentText[] = [
  {
    id: 'start.ingang-uitleg',
    text: 'Bent u ouder of verzorger? Lees in gewone woorden hoe de school helpt.',
  },
  { id: 'start.titel', text: 'Voor ouders en verzorgers' },
  {
    id: 'start.intro',
    text: 'Maakt u zich zorgen over uw kind? Of maakt de school zich zorgen? Hier leest u wat er dan gebeurt. En bij wie u terecht kunt.',
  },
  { id: 'start.school.kop', text: 'Zoek de school van uw kind' },
  {
    id: 'start.school.uitleg',
    text: 'Kies de school. Dan leest u stap voor stap hoe de school helpt.',
  },
  { id: 'start.school.zoekveld', text: 'Naam van de school of de plaats' },
  { id: 'start.meestal.kop', text: 'Staat de school er niet bij?' },
  {
    id: 'start.meestal.uitleg',
    text: 'Zo gaat het op de meeste scholen. Vraag de school hoe het bij hen gaat.',
  },
  { id: 'start.vraag.kop', text: 'Waar kan ik terecht met mijn vraag?' },
  {
    id: 'start.vraag.uitleg',
    text: 'Bijvoorbeeld met pesten, somberheid of vaak ziek zijn. Bij elke vraag staat waar u heen kunt.',
  },
  { id: 'start.vraag.link', text: 'Kies uw vraag' },
  { id: 'start.woord.kop', text: 'Wat betekent dit woord?' },
  {
    id: 'start.woord.uitleg',
    text: 'Op school en in de zorg hoort u veel moeilijke woorden. Hier leest u wat ze betekenen.',
  },
  { id: 'start.woord.alle', text: 'Alle woorden' },
  { id: 'start.wie.kop', text: 'Wie heb ik gesproken?' },
  {
    id: 'start.wie.uitleg',
    text: 'Soms spreekt u veel mensen. Dan weet u niet meer wie wie is. Hier leest u wat iedereen doet. U kunt ook opschrijven wie u sprak.',
  },
  { id: 'start.wie.link', text: 'Wie is wie?' },
];

/** Words parents often hear, as glossary terms: the start page links their parent meaning. */
export const COMMON_TERMS: readonly string[] = [
  'mentor',
  'intern-begeleider',
  'zorgcoordinator',
  'mdo',
  'ondersteuningsteam',
  'toestemming',
  'opp',
  'wijkteam',
  'tlv',
];
