/**
 * "Wie heb ik gesproken?": `/school/<slug>/wie-heb-ik-gesproken` and the general
 * `/ouders/wie-heb-ik-gesproken`. The roles a parent may meet, explained plainly with how to
 * reach them; the parent ticks whom they met and notes names and dates, kept in this
 * browser only, then prints their "mijn contactpersonen" card.
 */
import content from 'virtual:routekaart/content';
import { Link, data } from 'react-router';
import { GENERAL_CARD } from '../../core/parents/contact-notes.ts';
import {
  GENERAL_CONTACTS_URL,
  PARENTS_URL,
  parentRouteUrl,
  schoolContactsUrl,
} from '../../core/parents/parent-urls.ts';
import { pt } from '../../core/parents/texts.ts';
import { routeShortName } from '../components/route-name.ts';
import { contactRoles } from './contacts-data.ts';
import { ContactsCard } from './contacts-card.tsx';
import { RoleNoteItem } from './role-note-item.tsx';
import { useContactNotes } from './use-contact-notes.ts';
import '../styles/reading.css';
import '../styles/print.css';
import '../styles/parents.css';
import type { Route } from './+types/contacts-page';

export function loader({ params, request }: Route.LoaderArgs) {
  const path = new URL(request.url).pathname;
  if (params.slug === undefined) {
    if (path !== GENERAL_CONTACTS_URL) throw data(null, { status: 404 });
    return {
      card: GENERAL_CARD,
      school: null,
      roles: contactRoles(content.glossary, content.socialMap),
    };
  }
  const found = content.routes.find((entry) => entry.slug === params.slug);
  if (!found || found.route.kind !== 'school' || path !== schoolContactsUrl(found.url))
    throw data(null, { status: 404 });
  return {
    card: found.slug,
    school: { name: routeShortName(found.route), parentRoute: parentRouteUrl(found.url) },
    roles: contactRoles(content.glossary, content.socialMap, found.route),
  };
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  const where = found.school ? `: ${found.school.name}` : '';
  return [
    { title: `${pt('wie.titel')}${where} | Routekaart` },
    { name: 'description', content: pt('wie.intro') },
    { name: 'robots', content: 'noindex' },
  ];
}

export default function ContactsPage({ loaderData }: Route.ComponentProps) {
  const { card, school, roles } = loaderData;
  const { notes, status, update, clearAll } = useContactNotes();
  const cardNotes = notes[card] ?? {};
  const ready = status !== 'loading';
  const section = (place: 'school' | 'buiten-school') =>
    roles.filter((role) => role.place === place);
  return (
    <div className="page parents-page contacts-page">
      <div className="contacts-screen">
        <p className="route-kicker">
          <Link to={PARENTS_URL}>{pt('start.ingang')}</Link>
          {school && (
            <>
              {' · '}
              <Link to={school.parentRoute}>{school.name}</Link>
            </>
          )}
        </p>
        <h1>{pt('wie.titel')}</h1>
        <p className="lead">{pt('wie.intro')}</p>
        <p className="parents-privacy">{pt('wie.privacy')}</p>
        {status === 'not-saved' && (
          <p className="parents-note" role="status">
            {pt('wie.geen-opslag')}
          </p>
        )}
        {status === 'unreadable' && (
          <p className="parents-note" role="status">
            {pt('wie.apart-gezet')}
          </p>
        )}
        {!school && (
          <p>
            {pt('wie.algemeen')} <Link to={PARENTS_URL}>{pt('start.school.kop')}</Link>
          </p>
        )}
        {(['school', 'buiten-school'] as const).map((place) => (
          <section key={place} aria-labelledby={`${place}_heading`}>
            <h2 id={`${place}_heading`}>{pt(place === 'school' ? 'wie.school' : 'wie.buiten')}</h2>
            {place === 'buiten-school' && <p>{pt('wie.buiten.uitleg')}</p>}
            <ul className="role-notes">
              {section(place).map((role) => (
                <RoleNoteItem
                  key={role.key}
                  role={role}
                  note={cardNotes[role.key]}
                  disabled={!ready}
                  onChange={(patch) => update(card, role.key, patch)}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      <ContactsCard
        roles={roles}
        notes={cardNotes}
        schoolName={school?.name}
        disabled={!ready}
        onClearAll={clearAll}
      />
    </div>
  );
}
