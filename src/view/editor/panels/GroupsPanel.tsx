/** Groups (e.g. "eerste schil", "buiten school"): add, rename, describe, remove. */
import { type FormEvent, useState } from 'react';
import { newGroup } from '../../../core/editor/group-edits.ts';
import { changeGroupId } from '../../../core/editor/id-change.ts';
import type { RouteGroup } from '../../../core/route/route-schema.ts';
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { IdField } from '../fields/IdField.tsx';
import { TextField } from '../fields/TextField.tsx';

export function GroupsPanel() {
  const api = useEditorApi();
  const groups = api.route.groups ?? [];
  const [label, setLabel] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!label.trim()) return;
    const group = newGroup(api.route, label.trim());
    api.mark();
    api.edit({ type: 'addGroup', group });
    api.announce(`Groep "${group.label}" toegevoegd.`);
    setLabel('');
  };

  const remove = async (index: number, group: RouteGroup) => {
    const members = api.route.nodes.filter((node) => node.group === group.id).length;
    const ok = await api.confirm({
      title: `Groep "${group.label}" verwijderen?`,
      message:
        members === 0
          ? 'Er zitten geen stappen in deze groep.'
          : `De ${members === 1 ? 'stap' : `${members} stappen`} in deze groep blijven in de route, maar zonder groep.`,
      confirmLabel: 'Groep verwijderen',
    });
    if (!ok) return;
    api.mark();
    api.edit({ type: 'removeGroup', index });
    // The delete button is gone with the group: focus goes to the heading of the list.
    api.focusElement(FOCUS_IDS.groupList);
    api.announce(`Groep "${group.label}" verwijderd.`);
  };

  return (
    <div>
      <form className="inline-form" onSubmit={add} aria-labelledby="groep-nieuw-titel">
        <h3 id="groep-nieuw-titel">Nieuwe groep</h3>
        <div className="field">
          <label htmlFor="groep-nieuw-naam">Naam van de nieuwe groep</label>
          <input
            id="groep-nieuw-naam"
            value={label}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary">
          Groep toevoegen
        </button>
      </form>
      <h3 id={FOCUS_IDS.groupList} tabIndex={-1}>
        Groepen ({groups.length})
      </h3>
      {groups.length === 0 && <p>Deze route heeft nog geen groepen.</p>}
      {groups.map((group, index) => (
        <fieldset key={index} className="group-item">
          <legend>{group.label || `(zonder naam: ${group.id})`}</legend>
          <TextField
            pointer={`/groups/${index}/label`}
            label="Naam"
            required
            value={group.label}
            toEdit={(value) => ({ type: 'updateGroup', index, patch: { label: value ?? '' } })}
          />
          <TextField
            pointer={`/groups/${index}/description`}
            label="Beschrijving"
            multiline
            value={group.description}
            toEdit={(description) => ({ type: 'updateGroup', index, patch: { description } })}
          />
          <IdField
            pointer={`/groups/${index}/id`}
            hint="Kleine letters, cijfers en streepjes. Wordt toegepast met Enter of als je het veld verlaat; de stappen in de groep gaan mee."
            value={group.id}
            check={(id) => changeGroupId(api.route, index, id)}
            toEdit={(id) => ({ type: 'changeGroupId', index, id })}
          />
          <button
            type="button"
            className="button button--danger"
            onClick={() => remove(index, group)}
          >
            Groep verwijderen<span className="visually-hidden">: {group.label}</span>
          </button>
        </fieldset>
      ))}
    </div>
  );
}
