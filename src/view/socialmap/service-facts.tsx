import { formatDutchDate } from '../../core/dates.ts';
import { ACCESS_LABELS } from '../../core/socialmap/social-map-kinds.ts';
import {
  formatAges,
  isPossiblyOutdated,
  serviceAreas,
} from '../../core/socialmap/social-map-model.ts';
import type { Organisation, Service } from '../../core/socialmap/social-map-schema.ts';
import { ContactPoints } from './contact-points.tsx';
import { OutdatedMark, VerifiedDate } from './verified-date.tsx';
import { Fact } from '../components/fact.tsx';

export interface ServiceFactsProps {
  organisation: Organisation;
  service: Service;
  /** Role id → label, for "Wie je spreekt" and "Wie kan verwijzen". */
  roleLabels: Readonly<Record<string, string>>;
  today: string;
}

/** Everything about one service: for whom, how you get there, how to reach it, how fresh it is. */
export function ServiceFacts({ organisation, service, roleLabels, today }: ServiceFactsProps) {
  const label = (id: string) => roleLabels[id] ?? id;
  return (
    <>
      <p className="service-purpose">{service.purpose}</p>
      {service.description && <p>{service.description}</p>}
      <dl className="facts">
        <Fact term="Wie je spreekt">{label(service.role)}</Fact>
        <Fact term="Voor wie">{formatAges(service.ages)}</Fact>
        <Fact term="Hoe kom je er">
          <ul className="plain-list">
            {service.access.map((kind) => (
              <li key={kind}>{ACCESS_LABELS[kind]}</li>
            ))}
          </ul>
        </Fact>
        {service.referredBy && (
          <Fact term="Wie kan verwijzen of aanmelden">
            {service.referredBy.map(label).join(', ')}
          </Fact>
        )}
        {service.consent && (
          <Fact term="Toestemming nodig" className="fact-consent">
            {service.consent}
          </Fact>
        )}
        <Fact term="Werkgebied">{serviceAreas(organisation, service).join(', ')}</Fact>
        {service.waitingTime && (
          <Fact term="Wachttijd (indicatie)">
            {service.waitingTime.weeks === 0
              ? 'geen wachttijd'
              : `ongeveer ${service.waitingTime.weeks} weken`}{' '}
            (nagevraagd op{' '}
            <time dateTime={service.waitingTime.checked}>
              {formatDutchDate(service.waitingTime.checked)}
            </time>
            )
            {isPossiblyOutdated(service.waitingTime.checked, today) && (
              <>
                {' '}
                <OutdatedMark short />
              </>
            )}
          </Fact>
        )}
        <Fact term="Contact">
          <ContactPoints points={service.contactPoints} />
        </Fact>
        <Fact term="Gecontroleerd">
          <VerifiedDate date={service.verified} today={today} label="op" />
        </Fact>
      </dl>
    </>
  );
}
