/**
 * A node's label lines, one `<text>` each, centred under the kind badge. Shared by the
 * route chart and the social map's network.
 *
 * Between the lines sits a plain space where the label had one (none where a long word
 * was broken): outside any `<text>` it is not drawn, but text read from the drawing
 * (axe's label-in-name check, copying, search) gets "Signaal of zorg", not "Signaal ofzorg".
 * Inside one `<text>` such a space would shift the centred line by half a space.
 */
import { Fragment } from 'react';
import { LABEL_FONT_SIZE, LABEL_LINE_HEIGHT } from '../../layout/box-metrics.ts';

export interface NodeLabelLinesProps {
  className: string;
  /** The wrapped lines as drawn (the last may end in an ellipsis). */
  lines: readonly string[];
  /** The whole label, to tell a break between words from a break inside one. */
  label: string;
  centreX: number;
  /** Top of the first line. */
  top: number;
  fill: string;
  fontWeight?: number;
}

export function NodeLabelLines({
  className,
  lines,
  label,
  centreX,
  top,
  fill,
  fontWeight,
}: NodeLabelLinesProps) {
  const separators = lineSeparators(label, lines);
  return (
    <g className={className} fontSize={LABEL_FONT_SIZE} fontWeight={fontWeight} fill={fill}>
      {lines.map((line, index) => (
        <Fragment key={index}>
          {index > 0 && separators[index - 1]}
          <text
            x={centreX}
            y={top + (index + 0.5) * LABEL_LINE_HEIGHT}
            textAnchor="middle"
            dominantBaseline="central"
          >
            {line}
          </text>
        </Fragment>
      ))}
    </g>
  );
}

/**
 * What joins line i to line i + 1 when read as text: a space where the label has
 * whitespace at that point, nothing where the wrap broke a long word ("jeugd-" "GGZ").
 */
export function lineSeparators(label: string, lines: readonly string[]): string[] {
  const text = label.replace(/\s+/g, ' ').trim();
  let at = 0;
  return lines.slice(0, -1).map((line) => {
    const found = text.indexOf(line, at);
    if (found < 0) return ' ';
    at = found + line.length;
    return text[at] === ' ' ? ' ' : '';
  });
}
