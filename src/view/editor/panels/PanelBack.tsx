/** Back from one item's form to the list it came from, with focus on that list's heading. */
import { useEditorApi } from '../editor-context.ts';

export function PanelBack({ label, focusId }: { label: string; focusId: string }) {
  const { select, focusElement } = useEditorApi();
  return (
    <button
      type="button"
      className="link-button"
      onClick={() => {
        select(null);
        focusElement(focusId);
      }}
    >
      <span aria-hidden="true">← </span>
      {label}
    </button>
  );
}
