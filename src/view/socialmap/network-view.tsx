import { useState } from 'react';
import type { SocialMap } from '../../core/socialmap/social-map-schema.ts';
import type { NetworkLayout } from '../../layout/network-layout-types.ts';
import { networkNodeKey } from '../../layout/network-layout-types.ts';
import { EdgeLine } from '../chart/ChartEdge.tsx';
import { NetworkCard } from './network-card.tsx';
import { NetworkFigure, type NetworkSelection } from './network-figure.tsx';
import { NetworkText } from './network-text.tsx';
import type { TermLinks } from './term-links.ts';

/** The network view: one figure per domain, the chosen item's card beside it, and a text version. */
export function NetworkView({
  map,
  layout,
  terms,
  today,
}: {
  map: SocialMap;
  layout: NetworkLayout;
  terms: TermLinks;
  today: string;
}) {
  const [selection, setSelection] = useState<NetworkSelection | null>(null);
  const names = new Map([
    ...map.organisations.map(
      (organisation) =>
        [networkNodeKey({ kind: 'organisation', id: organisation.id }), organisation.name] as const,
    ),
    ...map.roles.map(
      (role) => [networkNodeKey({ kind: 'role', id: role.id }), role.label] as const,
    ),
  ]);
  return (
    <section id="netwerk" aria-labelledby="netwerk_kop" className="network">
      <h2 id="netwerk_kop">Netwerk: wie werkt waar</h2>
      <p>
        De organisaties (rechthoek met dubbele rand) en de rollen die je er spreekt (afgeronde
        rechthoek), per domein. Binnen een domein loopt een gestreepte lijn van een organisatie naar
        de rollen die er werken, en een doorgetrokken lijn van een rol naar de organisatie waar die
        naar verwijst. Verwijzingen tussen domeinen staan in de tekstversie:{' '}
        <a href="#netwerk-tekst">lees het netwerk als tekst</a>.
      </p>
      <NetworkLegend />
      <div className="network-and-card">
        <div className="network-figures">
          {layout.clusters.map((cluster) => (
            <NetworkFigure
              key={cluster.domain}
              layout={layout}
              cluster={cluster}
              names={names}
              selected={selection}
              onSelect={setSelection}
            />
          ))}
        </div>
        <NetworkCard map={map} selection={selection} terms={terms} today={today} />
      </div>
      <NetworkText map={map} />
    </section>
  );
}

const LEGEND = [
  { kind: 'member', text: 'organisatie → rol die er werkt' },
  { kind: 'refers', text: 'rol → organisatie waar die naar verwijst' },
] as const;

function NetworkLegend() {
  return (
    <ul className="network-legend" aria-label="Legenda">
      {LEGEND.map(({ kind, text }) => (
        <li key={kind}>
          <svg width={48} height={20} viewBox="0 0 48 20" aria-hidden="true">
            <EdgeLine
              kind={kind}
              points={[
                { x: 2, y: 10 },
                { x: 46, y: 10 },
              ]}
            />
          </svg>
          {text}
        </li>
      ))}
    </ul>
  );
}
