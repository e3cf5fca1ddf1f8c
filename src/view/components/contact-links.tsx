import type { Contact } from '../../core/route/route-schema.ts';
import { safeHref, telHref } from '../../core/safe-href.ts';

/** Function addresses as working links: phone and mail open the device's app. */
export function ContactLinks({ contact }: { contact: Contact }) {
  const web = contact.url ? safeHref(contact.url) : undefined;
  return (
    <ul className="contact">
      {contact.how && <li>{contact.how}</li>}
      {contact.phone && (
        <li>
          Telefoon: <a href={telHref(contact.phone)}>{contact.phone}</a>
        </li>
      )}
      {contact.email && (
        <li>
          E-mail: <a href={safeHref(`mailto:${contact.email}`)}>{contact.email}</a>
        </li>
      )}
      {web && (
        <li>
          Website: <a href={web}>{contact.url}</a>
        </li>
      )}
      {contact.hours && <li>Bereikbaar: {contact.hours}</li>}
    </ul>
  );
}
