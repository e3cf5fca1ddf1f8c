import { Link } from 'react-router';
import { SCAN_URL } from '../../core/samenwerken/samenwerken-urls.ts';
import { ClientOnly } from '../editor/start/client-only.tsx';
import { NeedsJavaScript } from './needs-javascript.tsx';
import { samenwerkenContent } from './samenwerken-data.server.ts';
import { ScanResultFromUrl } from './scan/ScanResultFromUrl.tsx';
import { SourcesList } from './sources-list.tsx';
import type { Route } from './+types/scan-result-page';
import '../editor/editor.css';
import './samenwerken.css';
import './scan-result.css';

export function loader() {
  return samenwerkenContent().elements;
}

export function meta() {
  return [{ title: 'Uitkomst zelfscan | Routekaart' }, { name: 'robots', content: 'noindex' }];
}

export default function ScanResultPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="page samenwerken-page scan-result-page">
      <p className="route-kicker screen-only">
        <Link to={SCAN_URL}>Zelfscan</Link>
      </p>
      <h1>Uitkomst zelfscan: hoe werken wij samen?</h1>
      <ClientOnly fallback={<NeedsJavaScript what="De uitkomst" />}>
        {() => <ScanResultFromUrl elements={loaderData.elements} />}
      </ClientOnly>
      <SourcesList sources={loaderData.sources} id="bronnen-kop" />
    </div>
  );
}
