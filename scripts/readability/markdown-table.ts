/** A Markdown table, to paste into docs/performance.md as the other benches do. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[]) {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** 1234.5 → "1,235" (whole units with thousands separators, as the issue writes figures). */
export function whole(value: number): string {
  return Math.round(value).toLocaleString('en-GB');
}
