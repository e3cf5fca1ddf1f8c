/**
 * Connects two steps from a form (from, to, kind, text, consent): the keyboard way to do
 * what dragging from a handle does on the canvas.
 */
import { type FormEvent, useId, useState } from 'react';
import { findEdge } from '../../../core/editor/edge-edits.ts';
import { EDGE_KINDS, type EdgeKind, type RouteEdge } from '../../../core/route/route-schema.ts';
import { useEditorApi } from '../editor-context.ts';
import { edgeName, nodeOptionLabel } from '../item-names.ts';
import { EDGE_KIND_OPTIONS } from '../kind-options.ts';

export function AddEdgeForm({ fixedFrom }: { fixedFrom?: string }) {
  const api = useEditorApi();
  const id = useId();
  const [from, setFrom] = useState(fixedFrom ?? '');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<EdgeKind>('refers');
  const [label, setLabel] = useState('');
  const [consent, setConsent] = useState('');
  const [message, setMessage] = useState('');
  const source = fixedFrom ?? from;
  const nodes = api.route.nodes;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!source || !to) return setMessage('Kies van welke stap en naar welke stap.');
    if (source === to) return setMessage('Een verbinding gaat naar een andere stap.');
    const edge: RouteEdge = { from: source, to, kind };
    if (label.trim()) edge.label = label.trim();
    if (consent.trim()) edge.consent = consent.trim();
    const existing = findEdge(api.route, edge);
    if (existing >= 0)
      return setMessage(`Deze verbinding bestaat al: ${edgeName(api.route, edge)}.`);
    api.mark();
    api.edit({ type: 'addEdge', edge });
    api.announce(`Verbinding toegevoegd: ${edgeName(api.route, edge)}.`);
    setMessage('');
    setTo('');
    setLabel('');
    setConsent('');
  };

  const nodeSelect = (name: string, value: string, set: (value: string) => void) => (
    <select id={`${id}-${name}`} value={value} onChange={(event) => set(event.target.value)}>
      <option value="">(kies een stap)</option>
      {nodes.map((node, index) => (
        <option key={index} value={node.id}>
          {nodeOptionLabel(node)}
        </option>
      ))}
    </select>
  );

  return (
    <form className="inline-form" onSubmit={submit} aria-labelledby={`${id}-titel`} noValidate>
      <h4 id={`${id}-titel`}>
        {fixedFrom ? 'Verbinding toevoegen vanaf deze stap' : 'Nieuwe verbinding'}
      </h4>
      {!fixedFrom && (
        <div className="field">
          <label htmlFor={`${id}-van`}>Van</label>
          {nodeSelect('van', from, setFrom)}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-soort`}>Soort</label>
        <select
          id={`${id}-soort`}
          value={kind}
          onChange={(event) =>
            setKind(EDGE_KINDS.find((k) => k === event.target.value) ?? 'refers')
          }
        >
          {EDGE_KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-naar`}>Naar</label>
        {nodeSelect('naar', to, setTo)}
      </div>
      <div className="field">
        <label htmlFor={`${id}-tekst`}>Tekst bij de pijl (mag leeg)</label>
        <input
          id={`${id}-tekst`}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-toestemming`}>Toestemming nodig van (mag leeg)</label>
        <input
          id={`${id}-toestemming`}
          value={consent}
          onChange={(event) => setConsent(event.target.value)}
        />
      </div>
      {message && (
        <p className="field-problem field-problem--error" role="alert">
          {message}
        </p>
      )}
      <button type="submit" className="button button--primary">
        Verbinding toevoegen
      </button>
    </form>
  );
}
