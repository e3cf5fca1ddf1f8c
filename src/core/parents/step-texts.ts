/**
 * What a kind of step means for a parent (B1): what happens there (`stap.<kind>.wat`) and
 * what is asked of the parent (`stap.<kind>.u`). A route may say it better for one step in
 * its own `forParents` field; these texts are the fallback. Plus the texts about consent.
 */
import type { NodeKind } from '../route/route-kinds.ts';
import type { ParentText } from './parent-text.ts';

export function stepWhatId(kind: NodeKind): string {
  return `stap.${kind}.wat`;
}

export function stepAskId(kind: NodeKind): string {
  return `stap.${kind}.u`;
}

export const PARENT_TEXTS: readonly ParentText[] = [
  {
    id: 'stap.role.wat',
    text: 'Hier praat u met iemand van school. Samen kijkt u wat uw kind nodig heeft.',
  },
  {
    id: 'stap.role.u',
    text: 'Vertel wat u thuis ziet. Stel vragen als iets niet duidelijk is.',
  },
  {
    id: 'stap.team.wat',
    text: 'Hier praten een paar mensen samen over uw kind. Ze zoeken samen wat helpt.',
  },
  {
    id: 'stap.team.u',
    text: 'Vaak bent u zelf bij dit gesprek. Is dat niet zo? Dan hoort u wat er is besproken.',
  },
  {
    id: 'stap.step.wat',
    text: 'Dit is een stap in de hulp aan uw kind.',
  },
  {
    id: 'stap.step.u',
    text: 'Vraag wat er bij deze stap gebeurt en wat u kunt doen.',
  },
  {
    id: 'stap.decision.wat',
    text: 'Hier kiest de school hoe het verder gaat.',
  },
  {
    id: 'stap.decision.u',
    text: 'U mag meepraten over deze keuze. Vraag waarom de school zo kiest.',
  },
  {
    id: 'stap.document.wat',
    text: 'Hier schrijft de school iets op over uw kind. Bijvoorbeeld een plan of een verslag.',
  },
  {
    id: 'stap.document.u',
    text: 'U mag lezen wat er staat. Klopt er iets niet? Zeg het dan.',
  },
  {
    id: 'stap.service.wat',
    text: 'Hier helpt iemand van buiten de school. Bijvoorbeeld de huisarts of het wijkteam.',
  },
  {
    id: 'stap.service.u',
    text: 'Vaak maakt u zelf een afspraak. Vraag gerust hulp daarbij.',
  },
  {
    id: 'stap.consent.wat',
    text: 'Hier wordt u om toestemming gevraagd. Zonder uw ja gaat het niet verder.',
  },
  {
    id: 'stap.consent.u',
    text: 'Lees goed waarvoor u ja zegt. U mag eerst vragen stellen.',
  },
  {
    id: 'stap.protocol.wat',
    text: 'Voor deze stap zijn vaste regels. De school moet die regels volgen.',
  },
  {
    id: 'stap.protocol.u',
    text: 'De school vertelt u wat er gebeurt en waarom. Vraag het als u het niet weet.',
  },
  {
    id: 'toestemming.kop',
    text: 'Hier is uw toestemming nodig.',
  },
  {
    id: 'toestemming.nee',
    text: 'U mag nee zeggen. U mag ook later van gedachten veranderen. Vraag wat er dan gebeurt.',
  },
  {
    id: 'toestemming.wie',
    text: 'Wie moet ja zeggen?',
  },
];
