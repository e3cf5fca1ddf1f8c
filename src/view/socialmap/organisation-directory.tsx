import { useId, useState } from 'react';
import { Link } from 'react-router';
import {
  ACCESS_GROUP_LABELS,
  ACCESS_GROUPS,
  AGE_BANDS,
  type SocialMapFilter,
  accessGroup,
  filterResults,
} from '../../core/socialmap/social-map-filter.ts';
import { searchOrganisations } from '../../core/socialmap/organisation-search.ts';
import {
  DOMAIN_LABELS,
  DOMAINS,
  ORGANISATION_KIND_LABELS,
} from '../../core/socialmap/social-map-kinds.ts';
import {
  formatAges,
  isPossiblyOutdated,
  socialMapUrl,
} from '../../core/socialmap/social-map-model.ts';
import type { Organisation, Role, Service } from '../../core/socialmap/social-map-schema.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import { OutdatedMark } from './verified-date.tsx';

export interface OrganisationDirectoryProps {
  organisations: readonly Organisation[];
  roles: readonly Pick<Role, 'id' | 'label'>[];
  municipalities: readonly string[];
  today: string;
  /** A line under the search box: examples of what to type. */
  searchHint: string;
}

/**
 * Every organisation with its services: searched by text (name, what they help with, whom
 * you meet), then filtered by domain, area, access and age. Search and filters need
 * JavaScript; before it runs (or without it) the full list shows.
 */
export function OrganisationDirectory({
  organisations,
  roles,
  municipalities,
  today,
  searchHint,
}: OrganisationDirectoryProps) {
  const hydrated = useHydrated();
  const id = useId();
  const [filter, setFilter] = useState<SocialMapFilter>({});
  const [query, setQuery] = useState('');
  const shown = filterResults(searchOrganisations(organisations, roles, query), filter);
  const set = <K extends keyof SocialMapFilter>(key: K, value: string) =>
    setFilter((current) => ({ ...current, [key]: value === '' ? undefined : value }));

  return (
    <section id="organisaties" aria-labelledby={`${id}-kop`}>
      <h2 id={`${id}-kop`}>Organisaties en hun aanbod</h2>
      <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
        <div className="organisation-search">
          <label htmlFor={`${id}-zoek`}>Zoek een organisatie of hulp</label>
          <input
            id={`${id}-zoek`}
            type="search"
            value={query}
            disabled={!hydrated}
            aria-describedby={`${id}-zoek-uitleg`}
            onChange={(event) => setQuery(event.target.value)}
          />
          <p id={`${id}-zoek-uitleg`} className="social-map-hint">
            {searchHint}
          </p>
        </div>
        <fieldset disabled={!hydrated}>
          <legend>Filter de lijst</legend>
          <FilterSelect
            label="Domein"
            value={filter.domain}
            onChange={(value) => set('domain', value)}
            options={DOMAINS.map((domain) => [domain, DOMAIN_LABELS[domain]])}
            all="Alle domeinen"
          />
          <FilterSelect
            label="Gemeente"
            value={filter.area}
            onChange={(value) => set('area', value)}
            options={municipalities.map((name) => [name, name])}
            all="Alle gemeenten"
          />
          <FilterSelect
            label="Toegang"
            value={filter.access}
            onChange={(value) => set('access', value)}
            options={ACCESS_GROUPS.map((group) => [group, ACCESS_GROUP_LABELS[group]])}
            all="Elke toegang"
          />
          <FilterSelect
            label="Leeftijd"
            value={filter.age}
            onChange={(value) => set('age', value)}
            options={AGE_BANDS.map((band) => [band.id, band.label])}
            all="Alle leeftijden"
          />
          <button
            type="button"
            className="button-secondary"
            onClick={() => {
              setFilter({});
              setQuery('');
            }}
          >
            Wis filters
          </button>
        </fieldset>
      </form>
      <p className="finder-count" role="status">
        {shown.length === organisations.length
          ? `Alle ${organisations.length} organisaties`
          : shown.length === 0
            ? 'Geen organisaties gevonden. Probeer een ander woord of wis de filters.'
            : `${shown.length} van de ${organisations.length} organisaties`}
      </p>
      <ul className="organisation-list">
        {shown.map(({ organisation, services }) => (
          <li key={organisation.id} className="organisation-item">
            <OrganisationItem organisation={organisation} services={services} today={today} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function FilterSelect(props: {
  label: string;
  value: string | undefined;
  all: string;
  options: readonly (readonly [string, string])[];
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value ?? ''}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{props.all}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

function OrganisationItem({
  organisation,
  services,
  today,
}: {
  organisation: Organisation;
  services: readonly Service[];
  today: string;
}) {
  const outdated = [organisation.verified, ...services.map((service) => service.verified)].some(
    (date) => isPossiblyOutdated(date, today),
  );
  return (
    <article aria-labelledby={`organisatie-${organisation.id}`}>
      <h3 id={`organisatie-${organisation.id}`}>
        <Link to={socialMapUrl(organisation.id)}>{organisation.name}</Link>
      </h3>
      <p className="organisation-meta">
        <span className="kind-tag">{ORGANISATION_KIND_LABELS[organisation.kind]}</span>{' '}
        {DOMAIN_LABELS[organisation.domain]} · {organisation.areas.join(', ')}
        {!organisation.fictional && (
          <span className="real-tag"> · echte landelijke organisatie</span>
        )}
      </p>
      {outdated && (
        <p>
          <OutdatedMark />
        </p>
      )}
      <ul className="service-lines">
        {services.map((service) => (
          <li key={service.id}>
            <strong>{service.name}</strong>: {service.purpose}{' '}
            <span className="service-meta">
              ({formatAges(service.ages)};{' '}
              {[...new Set(service.access.map(accessGroup))]
                .map((group) => ACCESS_GROUP_LABELS[group].toLowerCase())
                .join(' of ')}
              )
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
