import { Link } from 'react-router';
import { SCAN_URL } from '../../core/samenwerken/samenwerken-urls.ts';
import { ClientOnly } from '../editor/start/client-only.tsx';
import { NeedsJavaScript } from './needs-javascript.tsx';
import { samenwerkenContent } from './samenwerken-data.server.ts';
import { ScanFromUrl } from './scan/ScanFromUrl.tsx';
import { SourcesList } from './sources-list.tsx';
import type { Route } from './+types/scan-fill-page';
import '../editor/editor.css';
import './samenwerken.css';

export function loader() {
  return samenwerkenContent().elements;
}

export function meta() {
  return [{ title: 'Zelfscan invullen | Routekaart' }, { name: 'robots', content: 'noindex' }];
}

export default function ScanFillPage({ loaderData }: Route.ComponentProps) {
  return (
    <div className="page samenwerken-page scan-fill">
      <p className="route-kicker">
        <Link to={SCAN_URL}>Zelfscan</Link>
      </p>
      <h1>Zelfscan invullen</h1>
      <p className="lead">
        Lees per element de vragen, bespreek ze voor jezelf of met je team en kies wat het beste
        past. Je antwoorden worden meteen in deze browser bewaard.
      </p>
      <ClientOnly fallback={<NeedsJavaScript what="De zelfscan" />}>
        {() => <ScanFromUrl elements={loaderData.elements} />}
      </ClientOnly>
      <SourcesList sources={loaderData.sources} id="bronnen-kop" />
    </div>
  );
}
