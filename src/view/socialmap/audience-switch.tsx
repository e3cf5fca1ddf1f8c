import { Link } from 'react-router';
import { socialMapParentsUrl, socialMapUrl } from '../../core/socialmap/social-map-urls.ts';
import { useReaderContext } from '../glossary/use-reader-context.ts';

export const AUDIENCES = ['parent', 'professional'] as const;
export type Audience = (typeof AUDIENCES)[number];

const VIEWS: Record<Audience, { label: string; href: string }> = {
  parent: { label: 'Voor ouders en verzorgers', href: socialMapParentsUrl() },
  professional: { label: 'Voor professionals', href: socialMapUrl() },
};

/**
 * Two pages, one map: the parent view has its own address, so it can be linked, bookmarked
 * and read without JavaScript. The current view is marked for screen readers and by sight.
 */
export function AudienceSwitch({ current }: { current: Audience }) {
  // Someone who said "ik ben ouder" on the glossary pages is pointed to their view here.
  const [reader] = useReaderContext();
  return (
    <>
      <AudienceLinks current={current} />
      {current === 'professional' && reader === 'ouder' && (
        <p className="social-map-hint">
          U koos eerder “ik ben ouder”.{' '}
          <Link to={VIEWS.parent.href}>Lees deze pagina in woorden voor ouders</Link>.
        </p>
      )}
    </>
  );
}

function AudienceLinks({ current }: { current: Audience }) {
  return (
    <nav aria-label="Uitleg voor" className="audience-switch">
      <ul>
        {AUDIENCES.map((audience) => (
          <li key={audience}>
            <Link
              to={VIEWS[audience].href}
              aria-current={audience === current ? 'page' : undefined}
              className="audience-link"
            >
              {VIEWS[audience].label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
