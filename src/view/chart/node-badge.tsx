/**
 * The kind's name above a node's label ("Rol", "Partner buiten school"), in the kind's
 * colour: kinds differ in words and shape, never in colour alone. Shared by the route
 * chart and the social map's network, whose boxes are measured the same way.
 */
import { BADGE_FONT_SIZE, BADGE_LINE_HEIGHT } from '../../layout/box-metrics.ts';

export interface NodeBadgeProps {
  centreX: number;
  /** Top of the badge line (the box's top plus its padding). */
  top: number;
  colour: string;
  text: string;
  className?: string;
}

export function NodeBadge({ centreX, top, colour, text, className }: NodeBadgeProps) {
  return (
    <text
      className={className}
      x={centreX}
      y={top + BADGE_LINE_HEIGHT / 2}
      fontSize={BADGE_FONT_SIZE}
      fill={colour}
      textAnchor="middle"
      dominantBaseline="central"
    >
      {text}
    </text>
  );
}

/**
 * A badged box's accessible name: the visible text in its visible order, badge first
 * ("Stap: Signaal of zorg"), so speech users can say what they see (WCAG 2.5.3).
 * Anything the drawing does not say goes after it.
 */
export function badgedName(badge: string, label: string): string {
  return `${badge}: ${label}`;
}
