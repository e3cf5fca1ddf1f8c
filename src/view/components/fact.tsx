import type { ReactNode } from 'react';
import type { RouteNode } from '../../core/route/route-schema.ts';
import { ContactLinks } from './contact-links.tsx';

/** One term–description pair inside a `<dl className="facts">`. */
export function Fact({
  term,
  children,
  className,
}: {
  term: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** How to reach a step and whose consent it needs: said the same wherever a step is described. */
export function ContactAndConsentFacts({ node }: { node: RouteNode }) {
  return (
    <>
      {node.contact && (
        <Fact term="Contact">
          <ContactLinks contact={node.contact} />
        </Fact>
      )}
      {node.consent && (
        <Fact term="Toestemming nodig" className="fact-consent">
          {node.consent}
        </Fact>
      )}
    </>
  );
}
