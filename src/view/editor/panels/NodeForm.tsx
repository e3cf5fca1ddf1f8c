/** Every field of one step, its connections, and removing it (after a clear question). */
import type { Edit } from '../../../core/editor/edits.ts';
import { changeNodeId } from '../../../core/editor/id-change.ts';
import { type NodePatch, edgesOfNode } from '../../../core/editor/node-edits.ts';
import type { NodeKind, RouteNode } from '../../../core/route/route-schema.ts';
import { FOCUS_IDS, useEditorApi } from '../editor-context.ts';
import { IdField } from '../fields/IdField.tsx';
import { SelectField } from '../fields/SelectField.tsx';
import { TextField } from '../fields/TextField.tsx';
import { nodeName } from '../item-names.ts';
import { NODE_KIND_OPTIONS } from '../kind-options.ts';
import { NodeConnections } from './NodeConnections.tsx';
import { NodeContactFields } from './NodeContactFields.tsx';
import { NodeTermsField } from './NodeTermsField.tsx';
import { PanelBack } from './PanelBack.tsx';

export function NodeForm({ index }: { index: number }) {
  const api = useEditorApi();
  const node = api.route.nodes[index] as RouteNode;
  const at = (field: string) => `/nodes/${index}/${field}`;
  const update = (patch: NodePatch): Edit => ({ type: 'updateNode', index, patch });

  const remove = async () => {
    const edgeCount = edgesOfNode(api.route, index).length;
    const ok = await api.confirm({
      title: `Stap "${nodeName(node)}" verwijderen?`,
      message:
        edgeCount === 0
          ? 'De stap verdwijnt uit de route. Met Ongedaan maken haal je hem terug.'
          : `De stap en ${edgeCount === 1 ? 'de verbinding' : `de ${edgeCount} verbindingen`} van en naar deze stap verdwijnen uit de route. Met Ongedaan maken haal je ze terug.`,
      confirmLabel: 'Stap verwijderen',
    });
    if (!ok) return;
    api.mark();
    api.edit({ type: 'removeNode', index });
    api.select(null);
    // The delete button is gone with the step: focus goes to the list it was in.
    api.focusElement(FOCUS_IDS.nodeList);
    api.announce(`Stap "${nodeName(node)}" verwijderd.`);
  };

  return (
    <section aria-labelledby={FOCUS_IDS.nodeHeading}>
      <PanelBack label="Alle stappen" focusId={FOCUS_IDS.nodeList} />
      <h3 id={FOCUS_IDS.nodeHeading} tabIndex={-1}>
        Stap: {nodeName(node)}
      </h3>
      <div className="panel-fields">
        <TextField
          pointer={at('label')}
          label="Naam in het schema"
          required
          value={node.label}
          toEdit={(label) => update({ label: label ?? '' })}
        />
        <SelectField
          pointer={at('kind')}
          label="Soort"
          value={node.kind}
          options={NODE_KIND_OPTIONS}
          toEdit={(kind) => update({ kind: (kind ?? 'step') as NodeKind })}
        />
        <SelectField
          pointer={at('group')}
          label="Groep"
          value={node.group}
          emptyLabel="(geen groep)"
          options={(api.route.groups ?? []).map((group) => ({
            value: group.id,
            label: group.label,
          }))}
          toEdit={(group) => update({ group })}
        />
        <TextField
          pointer={at('when')}
          label="Wanneer kom je hier?"
          multiline
          value={node.when}
          toEdit={(when) => update({ when })}
        />
        <TextField
          pointer={at('description')}
          label="Wat gebeurt hier?"
          multiline
          value={node.description}
          toEdit={(description) => update({ description })}
        />
        <TextField
          pointer={at('who')}
          label="Wie doet dit? (rollen)"
          value={node.who}
          toEdit={(who) => update({ who })}
        />
        <TextField
          pointer={at('consent')}
          label="Toestemming nodig van"
          hint="Alleen invullen als er toestemming nodig is, bijv. 'ouders, en de leerling vanaf 16 jaar'."
          value={node.consent}
          toEdit={(consent) => update({ consent })}
        />
        <TextField
          pointer={at('forParents')}
          label="Voor ouders, in gewone woorden"
          hint="Staat op de pagina voor ouders. Korte zinnen, bijv. 'De leerkracht belt u. Samen kijkt u wat uw kind nodig heeft.'"
          multiline
          value={node.forParents}
          toEdit={(forParents) => update({ forParents })}
        />
        <NodeContactFields index={index} />
        <NodeTermsField index={index} />
        <SelectField
          pointer={at('organisation')}
          label="Organisatie uit de sociale kaart"
          value={node.organisation}
          emptyLabel="(geen)"
          options={api.options.organisations.map((id) => ({ value: id, label: id }))}
          toEdit={(organisation) => update({ organisation })}
        />
        <IdField
          key={index}
          pointer={at('id')}
          hint="Deel van de link naar deze stap: kleine letters, cijfers en streepjes. Wordt toegepast met Enter of als je het veld verlaat; verbindingen gaan mee."
          value={node.id}
          check={(id) => changeNodeId(api.route, index, id)}
          toEdit={(id) => ({ type: 'changeNodeId', index, id })}
        />
      </div>
      <NodeConnections index={index} />
      <button type="button" className="button button--danger" onClick={remove}>
        Stap verwijderen
      </button>
    </section>
  );
}
