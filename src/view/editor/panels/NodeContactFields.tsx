/** A step's contact details: function addresses only, never a person's own. */
import { compactObject } from '../../../core/editor/patch.ts';
import type { Contact, RouteNode } from '../../../core/route/route-schema.ts';
import { useEditorApi } from '../editor-context.ts';
import { TextField } from '../fields/TextField.tsx';

const CONTACT_FIELDS = [
  { key: 'how', label: 'Hoe leg je contact?', type: 'text' },
  { key: 'phone', label: 'Telefoon', type: 'tel' },
  { key: 'email', label: 'E-mail (een functieadres)', type: 'email' },
  { key: 'url', label: 'Webpagina', type: 'url' },
  { key: 'hours', label: 'Bereikbaar', type: 'text' },
] as const satisfies readonly { key: keyof Contact; label: string; type: string }[];

export function NodeContactFields({ index }: { index: number }) {
  const { route } = useEditorApi();
  const contact = (route.nodes[index] as RouteNode).contact ?? {};
  return (
    <fieldset>
      <legend>Contact</legend>
      {CONTACT_FIELDS.map(({ key, label, type }) => (
        <TextField
          key={key}
          pointer={`/nodes/${index}/contact/${key}`}
          label={label}
          type={type}
          value={contact[key]}
          toEdit={(value) => ({
            type: 'updateNode',
            index,
            patch: { contact: compactObject({ ...contact, [key]: value }) },
          })}
        />
      ))}
    </fieldset>
  );
}
