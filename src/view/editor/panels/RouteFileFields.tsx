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
  onFile,
}: {
  idPrefix: string;
  rows: number;
  pasteButtonLabel: string;
  /** Returns whether the text was accepted; accepted pasted text is cleared. */
  onText: (text: string) => boolean;
  /** A chosen file, as bytes: its encoding is checked before it is read as text. */
  onFile: (bytes: Uint8Array) => void;
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
            if (file) onFile(new Uint8Array(await file.arrayBuffer()));
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
