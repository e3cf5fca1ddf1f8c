import { Link } from 'react-router';
import { DOMAIN_LABELS, ORGANISATION_KIND_LABELS } from '../../core/socialmap/social-map-kinds.ts';
import {
  organisationsWithRole,
  roleById,
  servicesReferredBy,
  socialMapUrl,
} from '../../core/socialmap/social-map-model.ts';
import type { Organisation, Role, SocialMap } from '../../core/socialmap/social-map-schema.ts';
import { ContactPoints } from './contact-points.tsx';
import type { NetworkSelection } from './network-figure.tsx';
import type { TermLinks } from './term-links.ts';
import { VerifiedDate } from './verified-date.tsx';

/** The card beside the network: what the chosen organisation or role is, and where to go next. */
export function NetworkCard({
  map,
  selection,
  terms,
  today,
}: {
  map: SocialMap;
  selection: NetworkSelection | null;
  terms: TermLinks;
  today: string;
}) {
  const organisation =
    selection?.kind === 'organisation'
      ? map.organisations.find((o) => o.id === selection.id)
      : undefined;
  const role = selection?.kind === 'role' ? roleById(map, selection.id) : undefined;
  return (
    <aside className="network-card" aria-labelledby="netwerk_kaart_kop" aria-live="polite">
      {organisation ? (
        <OrganisationCard organisation={organisation} map={map} today={today} />
      ) : role ? (
        <RoleCard role={role} map={map} terms={terms} />
      ) : (
        <>
          <h3 id="netwerk_kaart_kop">Kaart</h3>
          <p>
            Kies een organisatie of rol in het netwerk, met een klik of met Tab en Enter. Haar kaart
            verschijnt dan hier.
          </p>
        </>
      )}
    </aside>
  );
}

function OrganisationCard({
  organisation,
  map,
  today,
}: {
  organisation: Organisation;
  map: SocialMap;
  today: string;
}) {
  const roles = [...new Set(organisation.services.map((service) => service.role))].flatMap(
    (id) => roleById(map, id) ?? [],
  );
  const first = organisation.services[0];
  return (
    <>
      <h3 id="netwerk_kaart_kop">{organisation.name}</h3>
      <p className="organisation-meta">
        <span className="kind-tag">{ORGANISATION_KIND_LABELS[organisation.kind]}</span>{' '}
        {DOMAIN_LABELS[organisation.domain]}
      </p>
      <p>{organisation.description}</p>
      <p>
        <strong>Aanbod:</strong> {organisation.services.map((service) => service.name).join('; ')}
      </p>
      <p>
        <strong>Rollen:</strong> {roles.map((role) => role.label).join(', ')}
      </p>
      {first && <ContactPoints points={first.contactPoints.slice(0, 1)} />}
      <p>
        <VerifiedDate date={organisation.verified} today={today} />
      </p>
      <p>
        <Link to={socialMapUrl(organisation.id)}>Alles over {organisation.name}</Link>
      </p>
    </>
  );
}

function RoleCard({ role, map, terms }: { role: Role; map: SocialMap; terms: TermLinks }) {
  const workplaces = organisationsWithRole(map, role.id);
  const refersTo = servicesReferredBy(map, role.id);
  const term = role.term === undefined ? undefined : terms[role.term];
  return (
    <>
      <h3 id="netwerk_kaart_kop">{role.label}</h3>
      <p className="organisation-meta">
        <span className="kind-tag">Rol</span> {DOMAIN_LABELS[role.domain]}
      </p>
      <p>{role.description}</p>
      <p>
        <strong>Hier kom je voor:</strong>
      </p>
      <ul>
        {role.goHereFor.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
      {workplaces.length > 0 && <OrganisationLinks title="Werkt bij" organisations={workplaces} />}
      {refersTo.length > 0 && (
        <OrganisationLinks
          title="Kan verwijzen of aanmelden bij"
          organisations={[...new Set(refersTo.map((found) => found.organisation))]}
        />
      )}
      {term && (
        <p>
          Begrip: <Link to={term.href}>{term.label}</Link>
        </p>
      )}
    </>
  );
}

function OrganisationLinks({
  title,
  organisations,
}: {
  title: string;
  organisations: readonly Organisation[];
}) {
  return (
    <>
      <p>
        <strong>{title}:</strong>
      </p>
      <ul>
        {organisations.map((organisation) => (
          <li key={organisation.id}>
            <Link to={socialMapUrl(organisation.id)}>{organisation.name}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
