import { ClientOnly } from '../editor/start/client-only.tsx';
import { planEditUrl } from '../../core/samenwerken/samenwerken-urls.ts';
import { NeedsJavaScript } from './needs-javascript.tsx';
import { PlanFromUrl } from './plan/PlanFromUrl.tsx';
import { PlanPrint } from './plan/PlanPrint.tsx';
import { planParts } from './plan/plan-parts.server.ts';
import { samenwerkenContent } from './samenwerken-data.server.ts';
import type { Route } from './+types/plan-print-page';
import '../editor/editor.css';
import './plan.css';

export function loader() {
  return planParts(samenwerkenContent());
}

export function meta() {
  return [
    { title: 'Plan van aanpak afdrukken | Routekaart' },
    { name: 'robots', content: 'noindex' },
  ];
}

export default function PlanPrintPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="page plan-print-page">
      <ClientOnly
        fallback={
          <>
            <h1>Plan van aanpak afdrukken</h1>
            <NeedsJavaScript what="Het plan van aanpak" />
          </>
        }
      >
        {() => (
          <PlanFromUrl>
            {(stored) => (
              <PlanPrint plan={stored.value} parts={loaderData} editUrl={planEditUrl(stored.id)} />
            )}
          </PlanFromUrl>
        )}
      </ClientOnly>
    </div>
  );
}
