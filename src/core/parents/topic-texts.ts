/**
 * What the steps most routes share mean for a parent (B1): the first talk, the MDO, the
 * OPP, the meldcode… A step is recognised by the words of its label or by the glossary
 * terms it names. A route's own `forParents` wins; a step no topic fits gets the text for
 * its kind (step-texts.ts). Text ids: `onderwerp.<id>`.
 */
import type { RouteNode } from '../route/route-schema.ts';
import type { ParentText } from './parent-text.ts';

interface Topic {
  readonly id: string;
  readonly label: RegExp;
  readonly terms?: readonly string[];
}

/** In order: the first that fits wins, so the specific before the general. */
const TOPICS: readonly Topic[] = [
  // In care an MDO is the team's own meeting, without the family (see the glossary).
  { id: 'mdo-zorg', label: /behandelteam/i, terms: ['mdo-ggz', 'mdo-huisartsenzorg'] },
  { id: 'mdo', label: /\bmdo\b|multidisciplinair/i, terms: ['mdo-onderwijs'] },
  {
    id: 'ondersteuningsteam',
    label: /ondersteuningsteam|\bzat\b|zorg- en adviesteam|commissie van begeleiding/i,
    terms: ['ondersteuningsteam-onderwijs', 'zat-onderwijs', 'commissie-van-begeleiding-onderwijs'],
  },
  { id: 'bespreking', label: /bespreking/i },
  { id: 'opp', label: /\bopp\b|ontwikkelingsperspectief/i, terms: ['opp-onderwijs'] },
  { id: 'groeidocument', label: /groeidocument/i, terms: ['groeidocument-onderwijs'] },
  { id: 'handelingsadvies', label: /handelingsadvies/i },
  { id: 'lezen', label: /leesdossier|dyslexie|lezen/i },
  { id: 'meldcode', label: /meldcode|huiselijk geweld/i, terms: ['meldcode-onderwijs'] },
  { id: 'verzuim', label: /verzuim|afwezig/i, terms: ['verzuim-onderwijs'] },
  { id: 'tlv', label: /toelaatbaarheid|\btlv\b/i },
  { id: 'terugkoppeling', label: /terugkoppeling|brief aan/i },
  { id: 'belastbaarheid', label: /belastbaarheid/i },
  { id: 'behandelplan', label: /behandelplan/i },
  { id: 'behandeling', label: /behandeling/i },
  { id: 'diagnostiek', label: /diagnostiek|onderzoek/i },
  { id: 'wachttijd', label: /wachttijd|wachtlijst/i },
  { id: 'verwijzing', label: /\bverwijzing\b/i },
  { id: 'beschikking', label: /beschikking/i },
  { id: 'signaal', label: /signaal|\bzorg(en)?\b/i },
  { id: 'gesprek', label: /gesprek/i },
  { id: 'intake', label: /intake|aanmelding|kennismaking/i },
  { id: 'aanpak', label: /aanpak/i },
  { id: 'extra-ondersteuning', label: /extra ondersteuning|extra hulp/i },
  { id: 'school-bieden', label: /kan .* bieden|passend aanbod/i },
  { id: 'plek-elders', label: /plek elders|andere school|passende plek/i },
  { id: 'evaluatie', label: /evalu|bijstellen|afsluit/i },
  { id: 'rust', label: /herstelruimte|time-out|rustruimte/i },
];

/** The topic a step fits, if any. A consent step is about the consent, whatever its words. */
export function topicOf(node: Pick<RouteNode, 'kind' | 'label' | 'terms'>): string | undefined {
  if (node.kind === 'consent') return undefined;
  return TOPICS.find(
    (candidate) =>
      candidate.label.test(node.label) ||
      (candidate.terms ?? []).some((term) => node.terms?.includes(term)),
  )?.id;
}

/** `onderwerp.<id>`: what happens; `onderwerp.<id>.u`: what a parent can do there. */
export function topicWhatId(topic: string): string {
  return `onderwerp.${topic}`;
}

export function topicAskId(topic: string): string {
  return `onderwerp.${topic}.u`;
}

export const TOPIC_IDS: readonly string[] = TOPICS.map((topic) => topic.id);

export const PARENT_TEXTS: readonly ParentText[] = [
  {
    id: 'onderwerp.mdo',
    text: 'Een MDO is een groot gesprek over uw kind. Mensen van school en soms van buiten school praten mee. U bent er zelf bij. Samen maakt u een plan.',
  },
  {
    id: 'onderwerp.ondersteuningsteam',
    text: 'In dit team zitten mensen van school en van buiten school. Zij denken mee over extra hulp. Uw kind wordt hier alleen besproken als u dat goed vindt.',
  },
  {
    id: 'onderwerp.bespreking',
    text: 'De leraren praten samen over hoe het gaat in de klas. Zo kijken ze wat uw kind nodig heeft.',
  },
  {
    id: 'onderwerp.opp',
    text: 'Het OPP is een plan voor uw kind. Er staat in welk doel uw kind heeft. En welke hulp de school geeft. De school bespreekt het plan met u.',
  },
  {
    id: 'onderwerp.groeidocument',
    text: 'In het groeidocument schrijft de school op hoe het gaat met uw kind. Ook wat al is geprobeerd. U mag het lezen en uw mening geven.',
  },
  {
    id: 'onderwerp.handelingsadvies',
    text: 'Een deskundige geeft de school tips. Zo weet de leraar beter wat uw kind helpt.',
  },
  {
    id: 'onderwerp.lezen',
    text: 'De school kijkt of uw kind extra hulp nodig heeft bij lezen of spellen. Soms volgt een onderzoek. Dat is gratis.',
  },
  {
    id: 'onderwerp.meldcode',
    text: 'Maakt de school zich zorgen over de veiligheid van uw kind? Dan volgt de school vaste stappen. Meestal praat de school eerst met u.',
  },
  {
    id: 'onderwerp.verzuim',
    text: 'Is uw kind vaak ziek of afwezig? Dan praat de school met u. Samen zoekt u hoe uw kind weer naar school kan.',
  },
  {
    id: 'onderwerp.tlv',
    text: 'Voor speciaal onderwijs heeft uw kind een TLV nodig. Dat is een soort toegangsbewijs. Een groep scholen uit de regio geeft die. Dat heet het samenwerkingsverband.',
  },
  {
    id: 'onderwerp.signaal',
    text: 'Iemand maakt zich zorgen over uw kind. Dat kan de school zijn. Het kan ook u zelf zijn, of uw kind.',
  },
  {
    id: 'onderwerp.gesprek',
    text: 'U praat met de school over uw kind. Uw kind mag er vaak bij zijn. Samen kijkt u wat er aan de hand is.',
  },
  {
    id: 'onderwerp.intake',
    text: 'U maakt kennis. U vertelt wat uw kind nodig heeft. En wat eerder goed werkte.',
  },
  {
    id: 'onderwerp.aanpak',
    text: 'De leraar probeert in de klas iets anders. Bijvoorbeeld een vaste plek of extra uitleg. Na een paar weken kijkt de leraar of het helpt.',
  },
  {
    id: 'onderwerp.extra-ondersteuning',
    text: 'Is de hulp in de klas niet genoeg? Dan kijkt de school of extra hulp nodig is.',
  },
  {
    id: 'onderwerp.school-bieden',
    text: 'De school kijkt of zij uw kind goed kan helpen. Lukt dat niet? Dan zoekt de school samen met u verder.',
  },
  {
    id: 'onderwerp.plek-elders',
    text: 'Soms past een andere school beter bij uw kind. De school zoekt dan samen met u een goede plek.',
  },
  {
    id: 'onderwerp.evaluatie',
    text: 'Na een tijd kijkt iedereen samen of de hulp werkt. Zo nodig passen jullie het plan aan.',
  },
  {
    id: 'onderwerp.rust',
    text: 'Lukt het even niet in de klas? Dan kan uw kind tot rust komen in een aparte ruimte. Daarna gaat uw kind terug naar de klas.',
  },
  {
    id: 'onderwerp.mdo.u',
    text: 'Schrijf vooraf op wat u wilt zeggen. U mag iemand meenemen.',
  },
  {
    id: 'onderwerp.ondersteuningsteam.u',
    text: 'U mag bij het gesprek zijn. Vraag wie er komen en waarom.',
  },
  {
    id: 'onderwerp.bespreking.u',
    text: 'U bent hier meestal niet bij. Vraag de leraar wat er is afgesproken.',
  },
  {
    id: 'onderwerp.opp.u',
    text: 'Lees het plan goed. De school vraagt of u het eens bent met de hulp.',
  },
  {
    id: 'onderwerp.groeidocument.u',
    text: 'Lees wat er staat. Zeg het als u iets anders ziet.',
  },
  {
    id: 'onderwerp.handelingsadvies.u',
    text: 'Vraag welke tips de school krijgt. Misschien helpen ze thuis ook.',
  },
  {
    id: 'onderwerp.lezen.u',
    text: 'Lees thuis samen met uw kind. Vraag de school hoe u kunt helpen.',
  },
  {
    id: 'onderwerp.meldcode.u',
    text: 'Praat met de school. Vraag wat de school ziet en waarom.',
  },
  {
    id: 'onderwerp.verzuim.u',
    text: 'Meld uw kind ziek bij school. Vertel ook als er iets anders speelt.',
  },
  {
    id: 'onderwerp.tlv.u',
    text: 'De school vraagt dit samen met u aan. Vraag wat ervoor nodig is.',
  },
  {
    id: 'onderwerp.signaal.u',
    text: 'Maakt u zich zorgen? Vertel het aan school. U hoeft niet te wachten.',
  },
  {
    id: 'onderwerp.gesprek.u',
    text: 'Vertel wat u thuis ziet. Stel vragen als iets niet duidelijk is.',
  },
  {
    id: 'onderwerp.intake.u',
    text: 'Neem papieren mee die u al heeft. Bijvoorbeeld een verslag van een onderzoek.',
  },
  {
    id: 'onderwerp.aanpak.u',
    text: 'Vertel wat thuis goed werkt. Daar kan de leraar van leren.',
  },
  {
    id: 'onderwerp.extra-ondersteuning.u',
    text: 'Vraag wat de school wil doen. En wat dat betekent voor uw kind.',
  },
  {
    id: 'onderwerp.school-bieden.u',
    text: 'Vraag waarom de school zo kiest. U mag het er niet mee eens zijn.',
  },
  {
    id: 'onderwerp.plek-elders.u',
    text: 'U mag meedenken en scholen bekijken. U beslist mee.',
  },
  {
    id: 'onderwerp.evaluatie.u',
    text: 'Zeg wat u ziet veranderen. Ook als het niet beter gaat.',
  },
  {
    id: 'onderwerp.rust.u',
    text: 'Vraag hoe vaak uw kind daar was. En wat er daarna is afgesproken.',
  },
  {
    id: 'onderwerp.mdo-zorg',
    text: 'Het behandelteam praat samen over de behandeling van uw kind. U bent daar meestal niet bij.',
  },
  {
    id: 'onderwerp.terugkoppeling',
    text: 'De hulpverlener vertelt de school of de huisarts hoe het gaat. Dat gebeurt alleen als u dat goed vindt.',
  },
  {
    id: 'onderwerp.belastbaarheid',
    text: 'De behandelaar en de school praten samen. Ze kijken wat uw kind op school aankan.',
  },
  {
    id: 'onderwerp.behandelplan',
    text: 'In het behandelplan staat welke hulp uw kind krijgt. En welk doel uw kind heeft. U praat mee over het plan.',
  },
  {
    id: 'onderwerp.behandeling',
    text: 'Uw kind krijgt hulp van een behandelaar. Vaak doet u zelf ook mee.',
  },
  {
    id: 'onderwerp.diagnostiek',
    text: 'Een deskundige zoekt uit wat er aan de hand is. Hij of zij praat met uw kind en met u.',
  },
  {
    id: 'onderwerp.wachttijd',
    text: 'Soms moet u wachten voordat de hulp begint. Dat heet een wachttijd.',
  },
  {
    id: 'onderwerp.verwijzing',
    text: 'Voor sommige hulp heeft u een verwijzing nodig. Die krijgt u bijvoorbeeld van de huisarts of het wijkteam.',
  },
  {
    id: 'onderwerp.beschikking',
    text: 'De gemeente beslist of uw kind deze hulp krijgt. U krijgt daarover een brief.',
  },
  {
    id: 'onderwerp.mdo-zorg.u',
    text: 'Vraag de behandelaar wat het team heeft besproken.',
  },
  {
    id: 'onderwerp.terugkoppeling.u',
    text: 'Vraag wat er wordt verteld. U mag zeggen wat wel en niet.',
  },
  {
    id: 'onderwerp.belastbaarheid.u',
    text: 'Vertel wat u thuis merkt. Bijvoorbeeld of uw kind erg moe is.',
  },
  {
    id: 'onderwerp.behandelplan.u',
    text: 'Lees het plan. Vraag wat u niet begrijpt.',
  },
  {
    id: 'onderwerp.behandeling.u',
    text: 'Vertel wat u thuis ziet veranderen. Ook als het niet beter gaat.',
  },
  {
    id: 'onderwerp.diagnostiek.u',
    text: 'Vertel wat u weet over uw kind. Vraag wat de uitkomst betekent.',
  },
  {
    id: 'onderwerp.wachttijd.u',
    text: 'Vraag hoe lang het duurt. En wat u in de tussentijd kunt doen.',
  },
  {
    id: 'onderwerp.verwijzing.u',
    text: 'Vraag waar u met de verwijzing naartoe kunt.',
  },
  {
    id: 'onderwerp.beschikking.u',
    text: 'Bewaar de brief. Bent u het er niet mee eens? Dan mag u bezwaar maken.',
  },
];
