import { Link } from 'react-router';
import {
  DOMAIN_LABELS,
  DOMAINS,
  ORGANISATION_KIND_LABELS,
} from '../../core/socialmap/social-map-kinds.ts';
import {
  organisationsWithRole,
  roleById,
  servicesReferredBy,
  socialMapUrl,
} from '../../core/socialmap/social-map-model.ts';
import type { SocialMap } from '../../core/socialmap/social-map-schema.ts';
import { roleAnchor } from './network-figure.tsx';

/**
 * The network in words, domain by domain: who works where and who refers to whom, including
 * the referrals between domains that the picture leaves out. Role nodes link here.
 */
export function NetworkText({ map }: { map: SocialMap }) {
  return (
    <section id="netwerk-tekst" aria-labelledby="netwerk_tekst_kop" className="network-text">
      <h3 id="netwerk_tekst_kop">Het netwerk als tekst</h3>
      {DOMAINS.map((domain) => {
        const organisations = map.organisations.filter(
          (organisation) => organisation.domain === domain,
        );
        const roles = map.roles.filter((role) => role.domain === domain);
        if (organisations.length + roles.length === 0) return null;
        return (
          <div key={domain}>
            <h4>{DOMAIN_LABELS[domain]}</h4>
            <ul>
              {organisations.map((organisation) => (
                <li key={organisation.id}>
                  <Link to={socialMapUrl(organisation.id)}>{organisation.name}</Link> (
                  {ORGANISATION_KIND_LABELS[organisation.kind]}), rollen:{' '}
                  {[
                    ...new Set(
                      organisation.services.map(
                        (service) => roleById(map, service.role)?.label ?? service.role,
                      ),
                    ),
                  ].join(', ')}
                  .
                </li>
              ))}
              {roles.map((role) => {
                const workplaces = organisationsWithRole(map, role.id);
                const refersTo = [
                  ...new Set(
                    servicesReferredBy(map, role.id).map((found) => found.organisation.name),
                  ),
                ];
                return (
                  <li key={role.id} id={roleAnchor(role.id)} tabIndex={-1}>
                    Rol <strong>{role.label}</strong>
                    {workplaces.length > 0 && (
                      <>
                        : werkt bij {workplaces.map((organisation) => organisation.name).join(', ')}
                      </>
                    )}
                    {refersTo.length > 0 && (
                      <>; kan verwijzen of aanmelden bij {refersTo.join(', ')}</>
                    )}
                    .
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
