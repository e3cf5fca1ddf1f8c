/** Back from one item's form to the list it came from. */
import { useEditorApi } from '../editor-context.ts';

export function PanelBack({ label }: { label: string }) {
  const { select } = useEditorApi();
  return (
    <button type="button" className="link-button" onClick={() => select(null)}>
      <span aria-hidden="true">← </span>
      {label}
    </button>
  );
}
