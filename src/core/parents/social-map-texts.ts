/**
 * The texts of the social map's page for parents (/sociale-kaart/voor-ouders), kept here so
 * that `npm run check:taal` measures them at B1 like every other parent text.
 */
import type { ParentText } from './parent-text.ts';

export const SOCIAL_MAP_PARENT_TEXTS = {
  lead: 'Heeft u een vraag over uw kind? Hier ziet u waar u terecht kunt. Kies uw vraag. Dan ziet u bij wie u het beste begint. Vaak is dat de mentor of de leerkracht.',
  questions:
    'Kies wat het beste past. U ziet dan eerst waar u kunt beginnen. Daarna ziet u wat er verder kan gebeuren.',
  noParentAnswer:
    'Voor deze vraag is er nog geen uitleg in gewone woorden. Hieronder staat de uitleg voor hulpverleners.',
  wijkteam:
    'Het wijkteam helpt gezinnen bij vragen over opvoeden, zorgen thuis en hulp voor uw kind. Welk wijkteam u helpt, hangt af van waar u woont. Typ de naam van uw wijk, buurt of dorp.',
  wijkteamSchool:
    'Het wijkteam uit de wijk van de school werkt samen met die school. Woont u in een andere wijk? Dan helpt het wijkteam van uw eigen wijk u.',
  search: 'Zoek op een naam of op waar u hulp bij zoekt. Bijvoorbeeld: pesten, geld of huisarts.',
  professionals:
    'Werkt u in school, zorg of jeugdhulp? Dan vindt u meer uitleg op de pagina voor professionals.',
} as const;

export type SocialMapParentTextId = keyof typeof SOCIAL_MAP_PARENT_TEXTS;

export const PARENT_TEXTS: readonly ParentText[] = Object.entries(SOCIAL_MAP_PARENT_TEXTS).map(
  ([id, text]) => ({ id, text }),
);
