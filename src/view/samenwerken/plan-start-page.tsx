import { Link } from 'react-router';
import { SAMENWERKEN_URL } from '../../core/samenwerken/samenwerken-urls.ts';
import { ClientOnly } from '../editor/start/client-only.tsx';
import { NeedsJavaScript } from './needs-javascript.tsx';
import { PlanStart } from './plan/PlanStart.tsx';
import { planParts } from './plan/plan-parts.server.ts';
import { samenwerkenContent } from './samenwerken-data.server.ts';
import { SourcesList } from './sources-list.tsx';
import type { Route } from './+types/plan-start-page';
import '../editor/editor.css';
import './samenwerken.css';

export function loader() {
  return planParts(samenwerkenContent());
}

export function meta() {
  return [
    { title: 'Plan van aanpak samenwerking onderwijs en jeugdhulp | Routekaart' },
    {
      name: 'description',
      content:
        'Maak in de browser een plan van aanpak om de samenwerking tussen onderwijs en jeugdhulp te versterken, en druk het af als formulier.',
    },
  ];
}

export default function PlanStartPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="page samenwerken-page plan-start">
      <p className="route-kicker">
        <Link to={SAMENWERKEN_URL}>Samenwerken</Link>
      </p>
      <h1>Plan van aanpak: samenwerking onderwijs en jeugdhulp</h1>
      <p className="lead">{loaderData.intro}</p>
      <p>
        Je plan blijft in deze browser tot je het downloadt, deelt of afdrukt. Er wordt niets naar
        een server gestuurd, en je hebt geen account nodig.
      </p>
      <ClientOnly fallback={<NeedsJavaScript what="Het plan van aanpak" />}>
        {() => <PlanStart parts={loaderData} />}
      </ClientOnly>
      <SourcesList sources={loaderData.sources} id="bronnen-kop" />
    </div>
  );
}
