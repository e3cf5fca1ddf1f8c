import { useId, useState } from 'react';
import { Link } from 'react-router';
import { SOCIAL_MAP_PARENT_TEXTS } from '../../core/parents/social-map-texts.ts';
import {
  districtOfSchool,
  districtSchools,
  findDistricts,
} from '../../core/socialmap/districts.ts';
import { socialMapUrl } from '../../core/socialmap/social-map-model.ts';
import type {
  District,
  DistrictsFile,
  Organisation,
} from '../../core/socialmap/social-map-schema.ts';
import { useHydrated } from '../chart/use-hydrated.ts';
import { ContactLines } from './contact-points.tsx';
import { FictionalNotice } from './fictional-notice.tsx';

/**
 * "Welk wijkteam is van mij?": type a district, neighbourhood or village, or pick your child's
 * school. The table of districts below works without JavaScript, and is the whole answer.
 */
export function WijkteamFinder({
  districts,
  organisations,
}: {
  districts: DistrictsFile;
  organisations: readonly Organisation[];
}) {
  const hydrated = useHydrated();
  const id = useId();
  const [place, setPlace] = useState('');
  const [school, setSchool] = useState('');
  const matches = findDistricts(districts, place);
  const schoolDistrict = school ? districtOfSchool(districts, school) : undefined;
  const schools = districtSchools(districts, organisations);
  const organisation = (orgId: string) => organisations.find((item) => item.id === orgId);

  return (
    <section id="wijkteam" aria-labelledby={`${id}-kop`} className="wijkteam-finder">
      <h2 id={`${id}-kop`}>Welk wijkteam is van u?</h2>
      <p>{SOCIAL_MAP_PARENT_TEXTS.wijkteam}</p>
      <FictionalNotice region={districts} />
      <form className="finder-form" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor={`${id}-plek`}>Uw wijk, buurt of dorp</label>
        <input
          id={`${id}-plek`}
          type="search"
          value={place}
          disabled={!hydrated}
          onChange={(event) => setPlace(event.target.value)}
        />
        <div className="finder-answer" aria-live="polite">
          {place.trim() !== '' &&
            (matches.length === 0 ? (
              <p>Geen wijk of buurt gevonden met “{place.trim()}”. Kijk in de lijst hieronder.</p>
            ) : (
              matches.map((match) => (
                <WijkteamCard
                  key={match.district.id}
                  district={match.district}
                  wijkteam={organisation(match.district.wijkteam)}
                  heading={
                    match.via === 'buurt'
                      ? `${match.matched} hoort bij ${match.district.name}`
                      : match.district.name
                  }
                />
              ))
            ))}
        </div>
        {schools.length > 0 && (
          <>
            <label htmlFor={`${id}-school`}>Of kies de school van uw kind</label>
            <select
              id={`${id}-school`}
              value={school}
              disabled={!hydrated}
              onChange={(event) => setSchool(event.target.value)}
            >
              <option value="">Kies een school</option>
              {schools.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
            </select>
            <div className="finder-answer" aria-live="polite">
              {schoolDistrict && (
                <WijkteamCard
                  district={schoolDistrict}
                  wijkteam={organisation(schoolDistrict.wijkteam)}
                  heading={`${organisation(school)?.name ?? ''} ligt in ${schoolDistrict.name}`}
                  note={SOCIAL_MAP_PARENT_TEXTS.wijkteamSchool}
                />
              )}
            </div>
          </>
        )}
      </form>
      <DistrictList
        districts={districts.districts}
        organisation={organisation}
        headingId={`${id}-alle`}
      />
    </section>
  );
}

function WijkteamCard({
  district,
  wijkteam,
  heading,
  note,
}: {
  district: District;
  wijkteam: Organisation | undefined;
  heading: string;
  note?: string;
}) {
  const [contact] = wijkteam?.services[0]?.contactPoints ?? [];
  return (
    <div className="step-card step-card--first">
      <h3>{heading}</h3>
      {wijkteam && (
        <p className="step-title">
          Uw wijkteam: <Link to={socialMapUrl(wijkteam.id)}>{wijkteam.name}</Link>
        </p>
      )}
      {note && <p>{note}</p>}
      {contact && (
        <p className="step-contact">
          <ContactLines point={contact} />
        </p>
      )}
      <p className="step-where">Gemeente {district.municipality}</p>
    </div>
  );
}

/** Every district with its neighbourhoods and wijkteam: the whole answer, also without JavaScript. */
function DistrictList({
  districts,
  organisation,
  headingId,
}: {
  districts: readonly District[];
  organisation: (id: string) => Organisation | undefined;
  headingId: string;
}) {
  return (
    <>
      <h3 id={headingId}>Alle wijken en dorpen met hun wijkteam</h3>
      <ul className="district-list" aria-labelledby={headingId}>
        {districts.map((district) => {
          const wijkteam = organisation(district.wijkteam);
          return (
            <li key={district.id}>
              <strong>{district.name}</strong>
              {district.neighbourhoods.length > 0 && (
                <span className="step-where"> (buurten: {district.neighbourhoods.join(', ')})</span>
              )}
              <br />
              Wijkteam:{' '}
              {wijkteam ? (
                <Link to={socialMapUrl(wijkteam.id)}>{wijkteam.name}</Link>
              ) : (
                district.wijkteam
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
