/** Shown until the page runs: the tools keep work in the browser and need JavaScript for that. */
export function NeedsJavaScript({ what }: { what: string }) {
  return (
    <p className="editor-loading">
      {what} wordt geladen. Gebeurt er niets? Dan staat JavaScript uit: {what.toLowerCase()} bewaart
      je werk in deze browser en heeft daarvoor JavaScript nodig.
    </p>
  );
}
