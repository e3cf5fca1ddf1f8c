/**
 * `/school/<slug>/ouders` (and `/route/<slug>/ouders`): the route told to parents in plain
 * Dutch, step by step in the order a parent lives it (parent-steps.ts), with what is asked
 * of them, where their consent is needed, whom they meet and how to reach the school.
 * Printable on A4 portrait.
 */
import content from 'virtual:routekaart/content';
import { Link, data } from 'react-router';
import {
  GENERAL_CONTACTS_URL,
  parentRouteUrl,
  schoolContactsUrl,
} from '../../core/parents/parent-urls.ts';
import { pt } from '../../core/parents/texts.ts';
import { ContactLinks } from '../components/contact-links.tsx';
import { ContentLink } from '../components/content-link.tsx';
import { routeShortName } from '../components/route-name.ts';
import { PrintButton } from '../reading/print-button.tsx';
import { parentStepViews, schoolContacts } from './parent-data.ts';
import { ParentStepItem } from './parent-step-item.tsx';
import '../styles/reading.css';
import '../styles/print.css';
import '../styles/parents.css';
import type { Route } from './+types/parent-route-page';

export function loader({ params, request }: Route.LoaderArgs) {
  const found = content.routes.find((entry) => entry.slug === params.slug);
  if (!found || new URL(request.url).pathname !== parentRouteUrl(found.url))
    throw data(null, { status: 404 });
  const { route, url } = found;
  return {
    url,
    kind: route.kind,
    name: routeShortName(route),
    website: route.school?.website,
    steps: parentStepViews(route, content.glossary),
    contacts: schoolContacts(route),
  };
}

export function meta({ data: found }: Route.MetaArgs) {
  if (!found) return [{ title: 'Pagina niet gevonden | Routekaart' }];
  return [
    { title: `Voor ouders: ${found.name} | Routekaart` },
    { name: 'description', content: pt('route.intro') },
  ];
}

export default function ParentRoutePage({ loaderData }: Route.ComponentProps) {
  const { url, kind, name, website, steps, contacts } = loaderData;
  const contactsUrl = kind === 'school' ? schoolContactsUrl(url) : GENERAL_CONTACTS_URL;
  // A care route is not a school's: no school to contact, and its own question.
  const care = kind === 'care';
  return (
    <div className="page parents-page parent-route">
      <p className="route-kicker">
        {pt('start.ingang')} · {name}
      </p>
      <h1>{pt(care ? 'route.titel.zorg' : 'route.titel')}</h1>
      <p className="lead">{pt(care ? 'route.intro.zorg' : 'route.intro')}</p>
      {/* After the title and the introduction: a reader first sees what the page is about. */}
      <div className="print-toolbar screen-only">
        <p>{pt('route.afdrukken')}</p>
        <PrintButton />
      </div>
      {kind !== 'school' && (
        <p className="parents-note">{pt(care ? 'route.voorbeeld.zorg' : 'route.voorbeeld')}</p>
      )}
      {!care && (
        <section aria-labelledby="schoolcontact_heading" className="parents-contact">
          <h2 id="schoolcontact_heading">{pt('route.school.kop')}</h2>
          <p>{pt('route.school.uitleg')}</p>
          {contacts.length > 0 ? (
            <dl className="facts">
              {contacts.map((entry) => (
                <div key={entry.id}>
                  <dt>{entry.label}</dt>
                  <dd>
                    <ContactLinks contact={entry.contact} />
                  </dd>
                </div>
              ))}
            </dl>
          ) : (
            <p>{pt('route.school.geen-contact')}</p>
          )}
          {website && (
            <p>
              <ContentLink href={website}>{website}</ContentLink>
            </p>
          )}
        </section>
      )}
      <section aria-labelledby="stappen_heading">
        <h2 id="stappen_heading">{pt('route.stappen.kop')}</h2>
        <ol className="parent-steps">
          {steps.map((step) => (
            <ParentStepItem key={step.id} step={step} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="verder_heading" className="screen-only">
        <h2 id="verder_heading" className="visually-hidden">
          {pt('route.schema-link')}
        </h2>
        <p>
          <Link to={contactsUrl}>{pt('route.wie-link')}</Link>
        </p>
        <p>
          {pt('route.zonder-u')} <Link to={url}>{pt('route.schema-link')}</Link>
        </p>
      </section>
    </div>
  );
}
