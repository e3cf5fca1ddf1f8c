/**
 * The people a parent may meet in school and care, each explained in plain Dutch (B1).
 * Keys are the role ids of the social map (content/socialmap/roles.json), so the map can
 * tell where to reach them. Text ids: `rol.<key>`.
 */
import type { ParentText } from './parent-text.ts';

/** Where a parent meets this role: in the school, or outside it. */
export const ROLE_PLACES = ['school', 'buiten-school'] as const;
export type RolePlace = (typeof ROLE_PLACES)[number];

export interface ParentRole {
  readonly key: string;
  readonly label: string;
  readonly place: RolePlace;
  /** The glossary meaning that explains this word, if the glossary has one. */
  readonly term?: string;
}

export const PARENT_ROLES: readonly ParentRole[] = [
  { key: 'leerkracht', label: 'Leerkracht', place: 'school' },
  { key: 'mentor', label: 'Mentor', place: 'school', term: 'mentor-onderwijs' },
  {
    key: 'studentcoach',
    label: 'Studieloopbaanbegeleider (SLB)',
    place: 'school',
    term: 'studieloopbaanbegeleider-onderwijs',
  },
  {
    key: 'intern-begeleider',
    label: 'Intern begeleider (IB)',
    place: 'school',
    term: 'intern-begeleider-onderwijs',
  },
  {
    key: 'zorgcoordinator',
    label: 'Zorgcoördinator',
    place: 'school',
    term: 'zorgcoordinator-onderwijs',
  },
  {
    key: 'orthopedagoog',
    label: 'Orthopedagoog',
    place: 'school',
    term: 'orthopedagoog-onderwijs',
  },
  {
    key: 'schoolmaatschappelijk-werker',
    label: 'Schoolmaatschappelijk werker',
    place: 'school',
    term: 'smw-onderwijs',
  },
  {
    key: 'consulent-passend-onderwijs',
    label: 'Consulent van het samenwerkingsverband',
    place: 'buiten-school',
    term: 'samenwerkingsverband-onderwijs',
  },
  { key: 'jeugdarts', label: 'Jeugdarts', place: 'buiten-school', term: 'jeugdarts-gemeente' },
  {
    key: 'jeugdverpleegkundige',
    label: 'Jeugdverpleegkundige',
    place: 'buiten-school',
    term: 'jeugdverpleegkundige-gemeente',
  },
  {
    key: 'wijkteammedewerker',
    label: 'Medewerker van het wijkteam',
    place: 'buiten-school',
    term: 'wijkteam-gemeente',
  },
  { key: 'huisarts', label: 'Huisarts', place: 'buiten-school', term: 'huisarts-huisartsenzorg' },
  {
    key: 'poh-ggz',
    label: 'POH-GGZ (praktijkondersteuner)',
    place: 'buiten-school',
    term: 'poh-jeugd-huisartsenzorg',
  },
  {
    key: 'regiebehandelaar',
    label: 'Behandelaar in de jeugd-GGZ',
    place: 'buiten-school',
    term: 'regiebehandelaar-ggz',
  },
  {
    key: 'leerplichtambtenaar',
    label: 'Leerplichtambtenaar',
    place: 'buiten-school',
    term: 'leerplichtambtenaar-gemeente',
  },
  {
    key: 'adviseur-veilig-thuis',
    label: 'Medewerker van Veilig Thuis',
    place: 'buiten-school',
    term: 'veilig-thuis-gemeente',
  },
  { key: 'clientondersteuner', label: 'Onafhankelijk cliëntondersteuner', place: 'buiten-school' },
];

export const PARENT_TEXTS: readonly ParentText[] = [
  {
    id: 'rol.leerkracht',
    text: 'De leerkracht geeft les aan de groep van uw kind. Hij of zij ziet uw kind elke dag. Met vragen over school gaat u eerst naar de leerkracht.',
  },
  {
    id: 'rol.mentor',
    text: 'De mentor is de vaste docent van de klas van uw kind. De mentor houdt in de gaten hoe het gaat. Met vragen over school gaat u eerst naar de mentor.',
  },
  {
    id: 'rol.studentcoach',
    text: 'De SLB begeleidt uw kind op het mbo. Hij of zij helpt bij de opleiding en bij keuzes. Soms heet dit de studentcoach.',
  },
  {
    id: 'rol.intern-begeleider',
    text: 'De intern begeleider regelt extra hulp op school. Hij of zij helpt de leerkracht. Vaak praat de intern begeleider ook met u.',
  },
  {
    id: 'rol.zorgcoordinator',
    text: 'De zorgcoördinator regelt extra hulp op de middelbare school of het mbo. Hij of zij helpt de mentor. Ook houdt hij of zij contact met hulp buiten school.',
  },
  {
    id: 'rol.orthopedagoog',
    text: 'De orthopedagoog weet veel van leren en gedrag. Hij of zij kijkt mee in de klas of doet een onderzoek. Daarvoor vraagt de school eerst uw toestemming.',
  },
  {
    id: 'rol.schoolmaatschappelijk-werker',
    text: 'De schoolmaatschappelijk werker helpt bij zorgen thuis of over geld. Hij of zij praat met uw kind en met u. Ook kan hij of zij hulp in de buurt zoeken.',
  },
  {
    id: 'rol.consulent-passend-onderwijs',
    text: 'Het samenwerkingsverband is een groep scholen in uw regio. Samen zorgen ze voor een goede plek voor elk kind. De consulent denkt mee als uw kind meer hulp nodig heeft.',
  },
  {
    id: 'rol.jeugdarts',
    text: 'De jeugdarts let op de groei en gezondheid van kinderen. U kent de jeugdarts misschien van het consultatiebureau. De jeugdarts komt ook op school.',
  },
  {
    id: 'rol.jeugdverpleegkundige',
    text: 'De jeugdverpleegkundige werkt samen met de jeugdarts. Zij of hij praat met kinderen en ouders. Over gezondheid, groei en opvoeden.',
  },
  {
    id: 'rol.wijkteammedewerker',
    text: 'Het wijkteam helpt gezinnen in uw buurt. U kunt er zelf naartoe. Het wijkteam helpt zelf of zoekt andere hulp. Het is gratis.',
  },
  {
    id: 'rol.huisarts',
    text: 'De huisarts is uw eigen dokter. Ook met zorgen over hoe uw kind zich voelt, kunt u naar de huisarts.',
  },
  {
    id: 'rol.poh-ggz',
    text: 'De POH-GGZ is een hulpverlener bij de huisarts. Hij of zij praat met kinderen die somber, bang of gestrest zijn. Een paar gesprekken helpen vaak al.',
  },
  {
    id: 'rol.regiebehandelaar',
    text: 'De behandelaar helpt uw kind bij zware psychische klachten. Hij of zij werkt bij de jeugd-GGZ (hulp voor kinderen met psychische problemen). Daarvoor heeft u een verwijzing nodig, bijvoorbeeld van de huisarts.',
  },
  {
    id: 'rol.leerplichtambtenaar',
    text: 'De leerplichtambtenaar werkt bij de gemeente. Hij of zij helpt als uw kind vaak niet naar school gaat. Samen zoekt u een manier om terug te gaan.',
  },
  {
    id: 'rol.adviseur-veilig-thuis',
    text: 'Veilig Thuis helpt bij geweld of onveiligheid thuis. Iedereen kan daar advies vragen. Ook u zelf.',
  },
  {
    id: 'rol.clientondersteuner',
    text: 'Een cliëntondersteuner gaat met u mee naar gesprekken. Hij of zij staat aan uw kant. Dat is gratis.',
  },
];
