/** "Wie heb ik gesproken?" (B1). Ids: `wie.*`. */
import type { ParentText } from './parent-text.ts';

export const PARENT_TEXTS: readonly ParentText[] = [
  { id: 'wie.titel', text: 'Wie heb ik gesproken?' },
  {
    id: 'wie.intro',
    text: 'Bij school en hulp spreekt u soms veel mensen. Hier leest u wie wie is. Vink aan wie u sprak. Schrijf de naam en de datum erbij.',
  },
  {
    id: 'wie.privacy',
    text: 'Wat u hier invult, blijft op dit apparaat. Het wordt nergens heen gestuurd. Ook wij zien het niet. Gebruikt u een computer van een ander? Wis het dan als u klaar bent.',
  },
  {
    id: 'wie.geen-opslag',
    text: 'Deze browser bewaart niets. Wat u invult, is weg als u de pagina sluit. Druk het af als u het wilt houden.',
  },
  {
    id: 'wie.apart-gezet',
    text: 'Wat u eerder invulde, kon niet worden gelezen. Vult u iets nieuws in? Dan bewaren we het oude apart. Er gaat niets verloren.',
  },
  { id: 'wie.school', text: 'Op school' },
  { id: 'wie.buiten', text: 'Buiten school' },
  {
    id: 'wie.buiten.uitleg',
    text: 'Deze mensen werken niet op school. De school kan u wel naar hen verwijzen.',
  },
  { id: 'wie.gesproken', text: 'Ik heb deze persoon gesproken' },
  { id: 'wie.naam', text: 'Naam' },
  { id: 'wie.datum', text: 'Datum' },
  { id: 'wie.notitie', text: 'Notitie' },
  { id: 'wie.woord', text: 'Meer over het woord' },
  { id: 'wie.bereiken', text: 'Zo bereikt u deze persoon' },
  { id: 'wie.via-school', text: 'Vraag ernaar bij de school.' },
  { id: 'wie.kaart.kop', text: 'Mijn contactpersonen' },
  {
    id: 'wie.kaart.uitleg',
    text: 'Hier staat wie u heeft aangevinkt. Druk deze kaart af. Of bewaar hem als PDF.',
  },
  { id: 'wie.kaart.leeg', text: 'U heeft nog niemand aangevinkt.' },
  { id: 'wie.wissen', text: 'Alles wissen' },
  {
    id: 'wie.wissen.vraag',
    text: 'Weet u het zeker? Alles wat u hier heeft ingevuld, wordt gewist. Ook bij andere scholen. Dit kunt u niet terugdraaien.',
  },
  { id: 'wie.wissen.ja', text: 'Ja, alles wissen' },
  { id: 'wie.wissen.nee', text: 'Nee, bewaren' },
  { id: 'wie.gewist', text: 'Alles is gewist.' },
  {
    id: 'wie.algemeen',
    text: 'Wilt u ook de mensen van de school van uw kind zien? Zoek dan eerst de school.',
  },
];
