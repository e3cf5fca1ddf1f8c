import { useEffect, useRef, useState } from 'react';
import type { ContactNote } from '../../core/parents/contact-notes.ts';
import { formatDutchDate } from '../../core/dates.ts';
import { pt } from '../../core/parents/texts.ts';
import { ContactLinks } from '../components/contact-links.tsx';
import { PrintButton } from '../reading/print-button.tsx';
import type { ContactRole } from './contacts-data.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Mijn contactpersonen": the roles the parent ticked, with their own notes, as a card to
 * print or save as PDF (on paper only this card is printed); and "Alles wissen", asked twice.
 */
export function ContactsCard({
  roles,
  notes,
  schoolName,
  disabled,
  onClearAll,
}: {
  roles: readonly ContactRole[];
  notes: Readonly<Record<string, ContactNote>>;
  schoolName: string | undefined;
  disabled: boolean;
  onClearAll: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [cleared, setCleared] = useState(false);
  const eraseButton = useRef<HTMLButtonElement>(null);
  // Back on "Alles wissen" once the question closes, so the keyboard does not start over.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (!confirming && returnFocus.current) {
      returnFocus.current = false;
      eraseButton.current?.focus();
    }
  }, [confirming]);
  const met = roles.filter((role) => notes[role.key]?.met);
  return (
    <section aria-labelledby="kaart_heading" className="contacts-card">
      <h2 id="kaart_heading">
        {pt('wie.kaart.kop')}
        {schoolName && <span className="contacts-card-school"> · {schoolName}</span>}
      </h2>
      <p className="screen-only">{pt('wie.kaart.uitleg')}</p>
      {met.length === 0 ? (
        <p>{pt('wie.kaart.leeg')}</p>
      ) : (
        <ul className="contacts-card-list">
          {met.map((role) => {
            const note = notes[role.key]!;
            return (
              <li key={role.key}>
                <strong>{role.label}</strong>
                {note.name && <span>: {note.name}</span>}
                {note.date && (
                  <span>
                    {' '}
                    ({ISO_DATE.test(note.date) ? formatDutchDate(note.date) : note.date})
                  </span>
                )}
                {note.note && <span className="contacts-card-note">{note.note}</span>}
                {role.contacts.map((entry) => (
                  <ContactLinks key={entry.id} contact={entry.contact} />
                ))}
              </li>
            );
          })}
        </ul>
      )}
      <div className="contacts-card-actions screen-only">
        <PrintButton />
        {!confirming ? (
          <button
            type="button"
            ref={eraseButton}
            className="path-button"
            disabled={disabled}
            onClick={() => {
              setCleared(false);
              setConfirming(true);
            }}
          >
            {pt('wie.wissen')}
          </button>
        ) : (
          <div role="group" aria-labelledby="wissen_vraag" className="contacts-erase">
            <p id="wissen_vraag">{pt('wie.wissen.vraag')}</p>
            <button
              type="button"
              className="path-button"
              onClick={() => {
                onClearAll();
                setConfirming(false);
                setCleared(true);
                returnFocus.current = true;
              }}
            >
              {pt('wie.wissen.ja')}
            </button>
            <button
              type="button"
              className="path-button"
              // The question just opened where the button was: start on the safe answer.
              autoFocus
              onClick={() => {
                setConfirming(false);
                returnFocus.current = true;
              }}
            >
              {pt('wie.wissen.nee')}
            </button>
          </div>
        )}
      </div>
      <p role="status" className="screen-only">
        {cleared ? pt('wie.gewist') : ''}
      </p>
    </section>
  );
}
