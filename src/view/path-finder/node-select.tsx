import type { Route, RouteNode } from '../../core/route/route-schema.ts';
import { NODE_KIND_LABELS } from '../../core/route/route-model.ts';
import { NODE_KINDS } from '../../core/route/route-kinds.ts';

export interface NodeSelectProps {
  id: string;
  label: string;
  route: Route;
  value: string;
  onChange: (id: string) => void;
}

/** A select of every node, grouped by kind (roles, teams, partners…), A–Z within a kind. */
export function NodeSelect({ id, label, route, value, onChange }: NodeSelectProps) {
  const byKind = NODE_KINDS.map((kind) => ({
    kind,
    nodes: route.nodes
      .filter((node) => node.kind === kind)
      .sort((a: RouteNode, b: RouteNode) => a.label.localeCompare(b.label, 'nl')),
  })).filter((group) => group.nodes.length > 0);
  return (
    <div className="path-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Kies een onderdeel</option>
        {byKind.map((group) => (
          <optgroup key={group.kind} label={NODE_KIND_LABELS[group.kind]}>
            {group.nodes.map((node) => (
              <option key={node.id} value={node.id}>
                {node.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </div>
  );
}
