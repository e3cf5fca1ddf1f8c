import { useId } from 'react';
import { Link } from 'react-router';
import { type ContactNote, EMPTY_NOTE, NOTE_LIMITS } from '../../core/parents/contact-notes.ts';
import { parentTermUrl } from '../../core/parents/parent-urls.ts';
import { pt, roleText } from '../../core/parents/texts.ts';
import { socialMapUrl } from '../../core/socialmap/social-map-urls.ts';
import { ContactLinks } from '../components/contact-links.tsx';
import type { ContactRole } from './contacts-data.ts';

/** One role: who they are, how to reach them, and the parent's own tick and notes. */
export function RoleNoteItem({
  role,
  note = EMPTY_NOTE,
  disabled,
  onChange,
}: {
  role: ContactRole;
  note: ContactNote | undefined;
  disabled: boolean;
  onChange: (patch: Partial<ContactNote>) => void;
}) {
  const id = useId();
  const headingId = `rol_${role.key}`;
  return (
    <li className="role-note" aria-labelledby={headingId}>
      <h3 id={headingId}>{role.label}</h3>
      <p>{roleText(role.key)}</p>
      {role.term && (
        <p>
          <Link to={parentTermUrl(role.term.term)}>
            {pt('wie.woord')} {role.term.label}
          </Link>
        </p>
      )}
      <div className="role-reach">
        <h4>{pt('wie.bereiken')}</h4>
        {role.contacts.map((entry) => (
          <ContactLinks key={entry.id} contact={entry.contact} />
        ))}
        {role.organisations.length > 0 ? (
          <ul className="inline-list">
            {role.organisations.map((organisation) => (
              <li key={organisation.id}>
                <Link to={socialMapUrl(organisation.id)}>{organisation.name}</Link>
              </li>
            ))}
          </ul>
        ) : (
          role.contacts.length === 0 && <p>{pt('wie.via-school')}</p>
        )}
      </div>
      <fieldset className="role-note-fields" disabled={disabled}>
        <legend className="visually-hidden">{role.label}</legend>
        <label className="role-note-met">
          <input
            type="checkbox"
            checked={note.met}
            onChange={(event) => onChange({ met: event.target.checked })}
          />{' '}
          {pt('wie.gesproken')}
          <span className="visually-hidden"> ({role.label})</span>
        </label>
        {(note.met || note.name || note.date || note.note) && (
          <div className="role-note-inputs">
            <label htmlFor={`${id}-naam`}>
              {pt('wie.naam')}
              <span className="visually-hidden"> ({role.label})</span>
            </label>
            <input
              id={`${id}-naam`}
              type="text"
              autoComplete="off"
              maxLength={NOTE_LIMITS.name}
              value={note.name}
              onChange={(event) => onChange({ name: event.target.value })}
            />
            <label htmlFor={`${id}-datum`}>
              {pt('wie.datum')}
              <span className="visually-hidden"> ({role.label})</span>
            </label>
            <input
              id={`${id}-datum`}
              type="date"
              value={note.date}
              onChange={(event) => onChange({ date: event.target.value })}
            />
            <label htmlFor={`${id}-notitie`}>
              {pt('wie.notitie')}
              <span className="visually-hidden"> ({role.label})</span>
            </label>
            <textarea
              id={`${id}-notitie`}
              rows={2}
              maxLength={NOTE_LIMITS.note}
              value={note.note}
              onChange={(event) => onChange({ note: event.target.value })}
            />
          </div>
        )}
      </fieldset>
    </li>
  );
}
