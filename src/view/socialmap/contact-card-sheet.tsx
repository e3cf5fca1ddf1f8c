import type { ContactCard } from '../../core/socialmap/contact-cards.ts';
import { ContactLines } from './contact-points.tsx';

/**
 * The A4 sheet: eight cards in two columns of four. On screen a grid; in print exactly one
 * A4 page with dashed cutting lines (contact-cards.css). Each card says it is fictional,
 * because a card travels without the page around it.
 */
export function ContactCardSheet({
  cards,
  schoolName,
}: {
  cards: readonly ContactCard[];
  schoolName: string;
}) {
  return (
    <section className="card-sheet" aria-label={`Vel met ${cards.length} visitekaartjes`}>
      <ul className="card-sheet-grid">
        {cards.map((card) => (
          <li key={card.organisationId} className="contact-card">
            <p className="contact-card-role">{card.roleLabel}</p>
            <p className="contact-card-organisation">{card.organisationName}</p>
            <p className="contact-card-purpose">
              <span className="contact-card-label">Waarvoor:</span> {card.purpose}
            </p>
            {card.contactPoints.map((point, index) => (
              <p key={index} className="contact-card-contact">
                {point.urgency === 'spoed' && <strong>Spoed: </strong>}
                <ContactLines point={point} />
              </p>
            ))}
            <p className="contact-card-footer">
              {card.fictional ? 'Fictief voorbeeld' : 'Landelijk nummer'} · partner van {schoolName}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
