/**
 * "Stuur naar de beheerder": the e-mail a school sends with its route file. The file itself
 * cannot ride along in a mailto link, so the body says, twice, to attach it.
 */
import type { Route } from '../route/route-schema.ts';
import type { MailDraft } from './mailto.ts';

export function submissionMail(to: string, route: Route, fileName: string): MailDraft {
  const name = route.school?.name ?? route.title;
  const where = route.school?.municipality ? ` (${route.school.municipality})` : '';
  return {
    to,
    subject: `Route voor Routekaart: ${name}`,
    body: [
      'Beste beheerder,',
      '',
      `Hierbij stuur ik de ondersteuningsroute van ${name}${where} voor Routekaart.`,
      `Het bestand ${fileName} zit als bijlage bij deze e-mail.`,
      '',
      'Wat is er nieuw of veranderd?',
      '',
      '',
      `De route wordt bijgehouden door: ${route.maintainer || '(rol invullen)'}`,
      `Gecontroleerd op: ${route.verified}`,
      '',
      `Let op: voeg het gedownloade bestand ${fileName} zelf toe als bijlage. Dat gebeurt niet vanzelf.`,
    ].join('\n'),
  };
}
