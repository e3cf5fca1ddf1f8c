/** The beheerder's reminder to a school whose route has not been checked for too long. */
import { formatDutchDate } from '../dates.ts';
import type { MailDraft } from './mailto.ts';

export interface ReminderSubject {
  to: string;
  name: string;
  verified: string;
  /** Absolute addresses of the route page and of the route in the editor. */
  pageUrl: string;
  editUrl: string;
  beheerder: string;
}

export function reminderMail(subject: ReminderSubject): MailDraft {
  return {
    to: subject.to,
    subject: `Klopt de route van ${subject.name} op Routekaart nog?`,
    body: [
      'Beste collega,',
      '',
      `De ondersteuningsroute van ${subject.name} op Routekaart is voor het laatst gecontroleerd op ${formatDutchDate(subject.verified)}.`,
      'Wil je nagaan of alles nog klopt: de stappen, wie wat doet, de telefoonnummers en e-mailadressen?',
      '',
      `De route: ${subject.pageUrl}`,
      `Aanpassen kan in de editor: ${subject.editUrl}`,
      'Klopt alles nog? Zet dan in de editor de datum bij "Gecontroleerd op" op vandaag en stuur de route terug.',
      '',
      'Met vriendelijke groet,',
      subject.beheerder,
    ].join('\n'),
  };
}
