/** Starting a scan: which partnership it is about, and (optionally) your function. */
import { type FormEvent, useRef, useState } from 'react';

export function NewScanForm({
  onStart,
}: {
  onStart: (partnership: string, respondent: string) => void;
}) {
  const [partnership, setPartnership] = useState('');
  const [respondent, setRespondent] = useState('');
  const [error, setError] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (partnership.trim() === '') {
      setError('Vul in over welke samenwerking de scan gaat.');
      input.current?.focus();
      return;
    }
    onStart(partnership.trim(), respondent.trim());
  };
  return (
    <section aria-labelledby="nieuw-kop" className="panel-section">
      <h2 id="nieuw-kop">Een nieuwe zelfscan</h2>
      <form onSubmit={submit} noValidate className="inline-form">
        <div className="field">
          <label htmlFor="nieuw-samenwerking">Over welke samenwerking gaat het?</label>
          <p className="field-hint" id="nieuw-samenwerking-hint">
            Bijvoorbeeld: Basisschool De Linde met wijkteam Noord.
          </p>
          <input
            ref={input}
            id="nieuw-samenwerking"
            value={partnership}
            maxLength={200}
            onChange={(event) => {
              setPartnership(event.target.value);
              setError('');
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={`nieuw-samenwerking-hint${error ? ' nieuw-samenwerking-fout' : ''}`}
          />
          {error && (
            <p className="field-problem field-problem--error" id="nieuw-samenwerking-fout">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="nieuw-functie">
            Jouw functie <span className="field-required">(niet verplicht)</span>
          </label>
          <p className="field-hint" id="nieuw-functie-hint">
            Bijvoorbeeld: intern begeleider of jeugdverpleegkundige. Je naam is niet nodig.
          </p>
          <input
            id="nieuw-functie"
            value={respondent}
            maxLength={120}
            onChange={(event) => setRespondent(event.target.value)}
            aria-describedby="nieuw-functie-hint"
          />
        </div>
        <button type="submit" className="button button--primary">
          Begin met invullen
        </button>
      </form>
    </section>
  );
}
