/**
 * "Klopt er iets niet?": a reader's remark about a page, addressed to whoever keeps that page
 * true (a route's own function address, else the site's beheerder). The page, the step and
 * the date are filled in, so the remark arrives with everything needed to find the mistake.
 */
import { formatDutchDate } from '../dates.ts';
import type { MailDraft } from './mailto.ts';

export interface FeedbackSubject {
  to: string;
  /** What the reader was looking at, e.g. "Ondersteuningsroute De Regenboog". */
  pageTitle: string;
  /** The page's address, absolute once the page runs in a browser. */
  pageUrl: string;
  /** The step the remark is about, when it was made from a step's details. */
  step?: string;
  today: string;
}

export function feedbackMail({ to, pageTitle, pageUrl, step, today }: FeedbackSubject): MailDraft {
  return {
    to,
    subject: `Klopt er iets niet? ${step ? `${step} in ` : ''}${pageTitle}`,
    body: [
      'Ik zag iets op Routekaart dat volgens mij niet klopt.',
      '',
      `Pagina: ${pageTitle}`,
      `Adres: ${pageUrl}`,
      ...(step ? [`Stap: ${step}`] : []),
      `Datum: ${formatDutchDate(today)}`,
      '',
      'Wat klopt er niet?',
      '',
      '',
      'Wat zou er moeten staan (als je dat weet)?',
      '',
      '',
      'Schrijf geen namen of andere gegevens van leerlingen in deze e-mail.',
    ].join('\n'),
  };
}
