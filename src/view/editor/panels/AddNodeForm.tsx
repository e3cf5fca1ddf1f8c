/** Adds a step from a small form: works with the keyboard alone, unlike dragging on a canvas. */
import { type FormEvent, useId, useState } from 'react';
import { newNode } from '../../../core/editor/node-edits.ts';
import { NODE_KINDS, type NodeKind } from '../../../core/route/route-schema.ts';
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { NODE_KIND_OPTIONS } from '../kind-options.ts';

export function AddNodeForm() {
  const api = useEditorApi();
  const id = useId();
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<NodeKind>('step');
  const [group, setGroup] = useState('');
  const [message, setMessage] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (label.trim() === '') {
      setMessage('Geef de nieuwe stap een naam.');
      return;
    }
    const node = newNode(api.route, { kind, label: label.trim(), group: group || undefined });
    api.mark();
    api.edit({ type: 'addNode', node });
    api.announce(`Stap "${node.label}" toegevoegd.`);
    setLabel('');
    setMessage('');
    api.select({ type: 'node', index: api.route.nodes.length });
    // The form is replaced by the new step's form: its heading takes the focus, so a
    // keyboard user goes on from there instead of from the top of the page.
    api.focusElement(FOCUS_IDS.nodeHeading);
  };

  return (
    <form className="inline-form" onSubmit={submit} aria-labelledby={`${id}-titel`} noValidate>
      <h3 id={`${id}-titel`}>Nieuwe stap</h3>
      <div className="field">
        <label htmlFor={`${id}-naam`}>Naam van de nieuwe stap</label>
        <input
          id={`${id}-naam`}
          value={label}
          onChange={(event) => setLabel(event.target.value)}
          aria-describedby={message ? `${id}-melding` : undefined}
          aria-invalid={message ? true : undefined}
        />
        {message && (
          <p id={`${id}-melding`} className="field-problem field-problem--error">
            {message}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-soort`}>Soort</label>
        <select
          id={`${id}-soort`}
          value={kind}
          onChange={(event) => setKind(NODE_KINDS.find((k) => k === event.target.value) ?? 'step')}
        >
          {NODE_KIND_OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {(api.route.groups?.length ?? 0) > 0 && (
        <div className="field">
          <label htmlFor={`${id}-groep`}>Groep</label>
          <select
            id={`${id}-groep`}
            value={group}
            onChange={(event) => setGroup(event.target.value)}
          >
            <option value="">(geen groep)</option>
            {api.route.groups?.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <button type="submit" className="button button--primary">
        Stap toevoegen
      </button>
    </form>
  );
}
