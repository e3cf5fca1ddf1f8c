import content from 'virtual:routekaart/content';
import { Link, data } from 'react-router';
import { todayIso } from '../../core/dates.ts';
import { questionsLeadingTo } from '../../core/socialmap/question-steps.ts';
import { organisationAppearances } from '../../core/socialmap/route-organisation-links.ts';
import { DOMAIN_LABELS, ORGANISATION_KIND_LABELS } from '../../core/socialmap/social-map-kinds.ts';
import {
  contactCardsUrl,
  organisationById,
  socialMapUrl,
} from '../../core/socialmap/social-map-model.ts';
import { ContentLink } from '../components/content-link.tsx';
import { FictionalNotice } from '../socialmap/fictional-notice.tsx';
import { RouteAppearances } from '../socialmap/route-appearances.tsx';
import { ServiceFacts } from '../socialmap/service-facts.tsx';
import { VerifiedDate } from '../socialmap/verified-date.tsx';
import '../socialmap/social-map.css';
import { PageFeedback } from '../components/page-feedback.tsx';
import type { Route } from './+types/organisation-page';

export function loader({ params }: Route.LoaderArgs) {
  const map = content.socialMap;
  const organisation = organisationById(map, params.organisation);
  if (!organisation) throw data(null, { status: 404 });
  return {
    organisation,
    region: map.region,
    roleLabels: Object.fromEntries(map.roles.map((role) => [role.id, role.label])),
    appearances: organisationAppearances(content.routes, organisation.id),
    questions: questionsLeadingTo(map, organisation.id).map(({ question, first }) => ({
      id: question.id,
      professional: question.professional,
      parent: question.parent,
      first,
    })),
    today: todayIso(),
  };
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  return [
    { title: `${found.organisation.name} | Sociale kaart | Routekaart` },
    { name: 'description', content: found.organisation.description },
  ];
}

export default function OrganisationPage({ loaderData }: Route.ComponentProps) {
  const { organisation, region, roleLabels, appearances, questions, today } = loaderData;
  const schools = new Map(
    appearances
      .filter((found) => found.routeKind === 'school')
      .map((found) => [found.routeSlug, found.routeName]),
  );
  return (
    <div className="page organisation-page">
      <p className="route-kicker">
        <Link to={socialMapUrl()}>Sociale kaart {region.name}</Link>
      </p>
      <h1>{organisation.name}</h1>
      <FictionalNotice region={region} />
      {!organisation.fictional && (
        <p className="real-notice" role="note">
          Dit is een echte landelijke organisatie; de gegevens zijn met zorg overgenomen, maar
          controleer ze bij de organisatie zelf.
        </p>
      )}
      <p className="lead">{organisation.description}</p>
      <dl className="route-meta">
        <div>
          <dt>Soort</dt>
          <dd>{ORGANISATION_KIND_LABELS[organisation.kind]}</dd>
        </div>
        <div>
          <dt>Domein</dt>
          <dd>{DOMAIN_LABELS[organisation.domain]}</dd>
        </div>
        <div>
          <dt>Werkgebied</dt>
          <dd>{organisation.areas.join(', ')}</dd>
        </div>
        {organisation.website && (
          <div>
            <dt>Website</dt>
            <dd>
              <ContentLink href={organisation.website}>{organisation.website}</ContentLink>
            </dd>
          </div>
        )}
        <div>
          <dt>Gegevens</dt>
          <dd>
            <VerifiedDate date={organisation.verified} today={today} />
          </dd>
        </div>
      </dl>
      <section aria-labelledby="aanbod_kop">
        <h2 id="aanbod_kop">Aanbod en contact</h2>
        {organisation.services.map((service) => (
          <article
            key={service.id}
            id={`dienst-${service.id}`}
            className="service"
            aria-labelledby={`dienst-${service.id}-kop`}
          >
            <h3 id={`dienst-${service.id}-kop`}>{service.name}</h3>
            <ServiceFacts
              organisation={organisation}
              service={service}
              roleLabels={roleLabels}
              today={today}
            />
          </article>
        ))}
      </section>
      <RouteAppearances appearances={appearances} />
      {schools.size > 0 && (
        <p>
          Visitekaartjes met de partners van{' '}
          {[...schools].map(([slug, name], index) => (
            <span key={slug}>
              {index > 0 && ', '}
              <Link to={contactCardsUrl(slug)}>{name}</Link>
            </span>
          ))}
        </p>
      )}
      <section aria-labelledby="vragen_kop">
        <h2 id="vragen_kop">Vragen waarvoor je hier terechtkomt</h2>
        {questions.length === 0 ? (
          <p>Geen van de vragen op de sociale kaart verwijst (nog) naar deze organisatie.</p>
        ) : (
          <ul>
            {questions.map((question) => (
              <li key={question.id}>
                <Link to={`${socialMapUrl()}?vraag=${question.id}#vraag`}>
                  Ik heb een vraag over {question.professional}
                </Link>{' '}
                <span className="question-parent">(voor ouders: {question.parent})</span>
                {question.first && (
                  <>
                    {' '}
                    <span className="kind-tag">eerste stap</span>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <PageFeedback
        pageTitle={`${organisation.name} (sociale kaart)`}
        path={socialMapUrl(organisation.id)}
        builtOn={today}
      />
    </div>
  );
}
