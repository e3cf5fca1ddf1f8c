import type { Contact } from '../../core/route/route-schema.ts';
import { telHref } from '../../core/safe-href.ts';
import { ContentLink } from './content-link.tsx';

/** Function addresses as working links: phone and mail open the device's app. */
export function ContactLinks({ contact }: { contact: Contact }) {
  return (
    <ul className="contact">
      {contact.how && <li>{contact.how}</li>}
      {contact.phone && (
        <li>
          Telefoon: <ContentLink href={telHref(contact.phone)}>{contact.phone}</ContentLink>
        </li>
      )}
      {contact.email && (
        <li>
          E-mail: <ContentLink href={`mailto:${contact.email}`}>{contact.email}</ContentLink>
        </li>
      )}
      {contact.url && (
        <li>
          Website: <ContentLink href={contact.url}>{contact.url}</ContentLink>
        </li>
      )}
      {contact.hours && <li>Bereikbaar: {contact.hours}</li>}
    </ul>
  );
}
