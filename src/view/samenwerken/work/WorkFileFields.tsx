/** Choosing files or pasting a file's text (or a share link): the same fields for scans and plans. */
import { useState } from 'react';

export function WorkFileFields({
  idPrefix,
  multiple = false,
  pasteLabel,
  pasteButtonLabel,
  onText,
}: {
  idPrefix: string;
  multiple?: boolean;
  pasteLabel: string;
  pasteButtonLabel: string;
  /** Every chosen file's text at once; resolves to whether it was taken over (pasted text then clears). */
  onText: (texts: string[]) => Promise<boolean> | boolean;
}) {
  const [text, setText] = useState('');
  return (
    <>
      <div className="field">
        <label htmlFor={`${idPrefix}-bestand`}>
          {multiple ? 'Kies een of meer bestanden (.json)' : 'Kies een bestand (.json)'}
        </label>
        <input
          id={`${idPrefix}-bestand`}
          type="file"
          accept=".json,application/json"
          multiple={multiple}
          onChange={async (event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            if (files.length > 0) await onText(await Promise.all(files.map((file) => file.text())));
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-tekst`}>{pasteLabel}</label>
        <textarea
          id={`${idPrefix}-tekst`}
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="button"
        onClick={async () => {
          if (await onText([text])) setText('');
        }}
      >
        {pasteButtonLabel}
      </button>
    </>
  );
}
