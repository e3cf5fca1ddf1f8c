import { useState } from 'react';

/**
 * Reading a route file by choosing it or pasting its text: the same fields where
 * a draft is started and where a file replaces the current draft.
 */
export function RouteFileFields({
  idPrefix,
  rows,
  pasteButtonLabel,
  onText,
}: {
  idPrefix: string;
  rows: number;
  pasteButtonLabel: string;
  /** Returns whether the text was accepted; accepted pasted text is cleared. */
  onText: (text: string) => boolean;
}) {
  const [text, setText] = useState('');
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-bestand`}>Kies een bestand (.json)</label>
        <input
          id={`${idPrefix}-bestand`}
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onText(await file.text());
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-tekst`}>Of plak de inhoud van het bestand</label>
        <textarea
          id={`${idPrefix}-tekst`}
          rows={rows}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          if (onText(text)) setText('');
        }}
      >
        {pasteButtonLabel}
      </button>
    </>
  );
}
