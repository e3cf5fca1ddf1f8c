import { NODE_KIND_LABELS } from '../../core/route/route-model.ts';
import type { Route } from '../../core/route/route-schema.ts';
import { ContactLinks } from '../components/contact-links.tsx';

/** Every step with contact details in one list: what a printed route is kept for. */
export function ContactList({ route }: { route: Route }) {
  const withContact = route.nodes.filter((node) => node.contact);
  if (withContact.length === 0) return null;
  return (
    <section aria-labelledby="contactlijst_heading" className="contact-list">
      <h2 id="contactlijst_heading">Contactgegevens</h2>
      <dl>
        {withContact.map((node) => (
          <div key={node.id} className="contact-list-item">
            <dt>
              {node.label} <span className="kind-tag">{NODE_KIND_LABELS[node.kind]}</span>
            </dt>
            <dd>
              <ContactLinks contact={node.contact!} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
