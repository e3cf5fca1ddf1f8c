import { Link } from 'react-router';
import { PLAN_URL } from '../../core/samenwerken/samenwerken-urls.ts';
import { ClientOnly } from '../editor/start/client-only.tsx';
import { NeedsJavaScript } from './needs-javascript.tsx';
import { PlanFromUrl } from './plan/PlanFromUrl.tsx';
import { PlanWorkspace } from './plan/PlanWorkspace.tsx';
import { planParts } from './plan/plan-parts.server.ts';
import { samenwerkenContent } from './samenwerken-data.server.ts';
import { SourcesList } from './sources-list.tsx';
import type { Route } from './+types/plan-edit-page';
import '../editor/editor.css';
import './samenwerken.css';
import './plan.css';

export function loader() {
  return planParts(samenwerkenContent());
}

export function meta() {
  return [
    { title: 'Plan van aanpak bewerken | Routekaart' },
    { name: 'robots', content: 'noindex' },
  ];
}

export default function PlanEditPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="page samenwerken-page plan-edit">
      <p className="route-kicker">
        <Link to={PLAN_URL}>Plannen van aanpak</Link>
      </p>
      <h1>Plan van aanpak bewerken</h1>
      <ClientOnly fallback={<NeedsJavaScript what="Het plan van aanpak" />}>
        {() => (
          <PlanFromUrl>
            {(stored) => <PlanWorkspace key={stored.id} stored={stored} parts={loaderData} />}
          </PlanFromUrl>
        )}
      </ClientOnly>
      <SourcesList sources={loaderData.sources} id="bronnen-kop" />
    </div>
  );
}
