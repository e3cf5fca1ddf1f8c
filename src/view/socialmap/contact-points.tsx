import { telHref } from '../../core/safe-href.ts';
import { ContentLink } from '../components/content-link.tsx';
import { URGENCY_LABELS } from '../../core/socialmap/social-map-kinds.ts';
import type { ContactPoint } from '../../core/socialmap/social-map-schema.ts';

/** Function addresses as working links: phone and mail open the device's app. */
export function ContactPoints({ points }: { points: readonly ContactPoint[] }) {
  return (
    <ul className="contact-points">
      {points.map((point, index) => (
        <li
          key={index}
          className={
            point.urgency === 'spoed' ? 'contact-point contact-point--spoed' : 'contact-point'
          }
        >
          <span className="contact-point-head">
            {point.label && <strong>{point.label} </strong>}
            <span className="urgency-tag">{URGENCY_LABELS[point.urgency]}</span>
          </span>
          {point.how && <span className="contact-how">{point.how}</span>}
          <ContactLines point={point} />
        </li>
      ))}
    </ul>
  );
}

/** Phone, e-mail, website and hours, one per line; shared with the contact cards. */
export function ContactLines({ point }: { point: ContactPoint }) {
  return (
    <>
      {point.phone && (
        <span className="contact-line">
          Telefoon: <ContentLink href={telHref(point.phone)}>{point.phone}</ContentLink>
        </span>
      )}
      {point.email && (
        <span className="contact-line">
          E-mail: <ContentLink href={`mailto:${point.email}`}>{point.email}</ContentLink>
        </span>
      )}
      {point.url && (
        <span className="contact-line">
          Website: <ContentLink href={point.url}>{point.url}</ContentLink>
        </span>
      )}
      {point.hours && <span className="contact-line">Bereikbaar: {point.hours}</span>}
    </>
  );
}
