/** The route told to parents, `/school/<slug>/ouders` (B1). Ids: `route.*`. */
import type { ParentText } from './parent-text.ts';

export const PARENT_TEXTS: readonly ParentText[] = [
  { id: 'route.titel', text: 'Wat gebeurt er als u of de school zich zorgen maakt?' },
  { id: 'route.titel.zorg', text: 'Hoe gaat de hulp voor uw kind?' },
  {
    id: 'route.intro.zorg',
    text: 'Hier leest u hoe de hulp voor uw kind meestal gaat. Het gaat stap voor stap. Bij elke stap staat wat u kunt doen. En wie u dan spreekt.',
  },
  {
    id: 'route.intro',
    text: 'Hier leest u hoe de school helpt als het niet goed gaat met uw kind. Het gaat stap voor stap. Bij elke stap staat wat u kunt doen. En wie u dan spreekt.',
  },
  {
    id: 'route.voorbeeld',
    text: 'Dit is een voorbeeld. Zo gaat het op veel scholen. Op de school van uw kind kan het anders gaan. Vraag het aan de school.',
  },
  {
    id: 'route.voorbeeld.zorg',
    text: 'Dit is een voorbeeld. Zo gaat het vaak. Bij de hulp voor uw kind kan het anders gaan. Vraag het aan de hulpverlener.',
  },
  {
    id: 'route.zonder-u',
    text: 'Sommige stappen gaan zonder u. Die staan in het hele schema.',
  },
  { id: 'route.schema-link', text: 'Bekijk het hele schema' },
  { id: 'route.stappen.kop', text: 'Stap voor stap' },
  { id: 'route.wat', text: 'Wat gebeurt er?' },
  { id: 'route.u', text: 'Wat kunt u doen?' },
  { id: 'route.wie', text: 'Wie spreekt u?' },
  { id: 'route.contact', text: 'Zo neemt u contact op' },
  { id: 'route.woorden', text: 'Wat betekent dit woord?' },
  { id: 'route.origineel', text: 'Zo staat het in de route voor professionals' },
  { id: 'route.school.kop', text: 'Contact met de school' },
  {
    id: 'route.school.uitleg',
    text: 'Heeft u een vraag of een zorg? Neem dan contact op met de school. Begin bij de vaste persoon van de klas.',
  },
  {
    id: 'route.school.geen-contact',
    text: 'In deze route staan geen contactgegevens. Bel of mail de school en vraag naar de mentor of leerkracht.',
  },
  { id: 'route.wie-link', text: 'Wie heb ik gesproken? Schrijf het op.' },
  { id: 'route.afdrukken', text: 'Wilt u deze pagina op papier? Druk hem dan af.' },
];
