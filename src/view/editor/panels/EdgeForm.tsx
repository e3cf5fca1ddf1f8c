/** Every field of one connection, and removing it (after a question). */
import type { EdgeKind, RouteEdge } from '../../../core/route/route-schema.ts';
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { edgeName, nodeOptionLabel } from '../item-names.ts';
import { EDGE_KIND_OPTIONS } from '../kind-options.ts';
import { PanelBack } from './PanelBack.tsx';

export function EdgeForm({ index }: { index: number }) {
  const api = useEditorApi();
  const edge = api.route.edges[index] as RouteEdge;
  const at = (field: string) => `/edges/${index}/${field}`;
  const nodeOptions = api.route.nodes.map((node) => ({
    value: node.id,
    label: nodeOptionLabel(node),
  }));
  const update = (patch: Partial<RouteEdge>) => ({ type: 'updateEdge', index, patch }) as const;

  const remove = async () => {
    const name = edgeName(api.route, edge);
    const ok = await api.confirm({
      title: 'Verbinding verwijderen?',
      message: `${name}. Met Ongedaan maken haal je hem terug.`,
      confirmLabel: 'Verbinding verwijderen',
    });
    if (!ok) return;
    api.mark();
    api.edit({ type: 'removeEdge', index });
    api.select(null);
    // The delete button is gone with the connection: focus goes to the list it was in.
    api.focusElement(FOCUS_IDS.edgeList);
    api.announce(`Verbinding verwijderd: ${name}.`);
  };

  return (
    <section aria-labelledby={FOCUS_IDS.edgeHeading}>
      <PanelBack label="Alle verbindingen" focusId={FOCUS_IDS.edgeList} />
      <h3 id={FOCUS_IDS.edgeHeading} tabIndex={-1}>
        Verbinding: {edgeName(api.route, edge)}
      </h3>
      <div className="panel-fields">
        <SelectField
          pointer={at('from')}
          label="Van"
          value={edge.from}
          options={nodeOptions}
          toEdit={(from) => update({ from: from ?? '' })}
        />
        <SelectField
          pointer={at('kind')}
          label="Soort"
          value={edge.kind}
          options={EDGE_KIND_OPTIONS}
          toEdit={(kind) => update({ kind: (kind ?? 'refers') as EdgeKind })}
        />
        <SelectField
          pointer={at('to')}
          label="Naar"
          value={edge.to}
          options={nodeOptions}
          toEdit={(to) => update({ to: to ?? '' })}
        />
        <TextField
          pointer={at('label')}
          label="Tekst bij de pijl"
          value={edge.label}
          toEdit={(label) => update({ label })}
        />
        <TextField
          pointer={at('consent')}
          label="Toestemming nodig van"
          value={edge.consent}
          toEdit={(consent) => update({ consent })}
        />
      </div>
      <button type="button" className="button button--danger" onClick={remove}>
        Verbinding verwijderen
      </button>
    </section>
  );
}
