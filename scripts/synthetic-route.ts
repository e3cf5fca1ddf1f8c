/** A deterministic route of a given size shaped like a real one: groups, fan-out, a few back edges. */
import type { Route } from '../src/core/route/route-schema.ts';
import { NODE_KINDS } from '../src/core/route/route-schema.ts';

export function syntheticRoute(size: number): Route {
  const groupCount = Math.max(1, Math.round(size / 12));
  const groups = Array.from({ length: groupCount }, (_, index) => ({
    id: `groep-${index}`,
    label: `Groep ${index + 1}`,
  }));
  const nodes = Array.from({ length: size }, (_, index) => ({
    id: `stap-${index}`,
    kind: NODE_KINDS[index % NODE_KINDS.length]!,
    label: index % 3 === 0 ? `Ondersteuningsteam overleg ${index}` : `Stap ${index}`,
    group: `groep-${Math.floor((index / size) * groupCount)}`,
  }));
  const edges: Route['edges'] = [];
  for (let index = 1; index < size; index++) {
    edges.push({
      from: `stap-${Math.floor((index - 1) / 2)}`,
      to: `stap-${index}`,
      kind: 'refers',
      ...(index % 4 === 0 ? { label: 'met toestemming' } : {}),
    });
    if (index % 7 === 0 && index > 8)
      edges.push({ from: `stap-${index}`, to: `stap-${index - 8}`, kind: 'informs' });
  }
  return {
    version: 1,
    kind: 'template',
    sector: 'vo',
    title: `Synthetisch ${size}`,
    verified: '2026-11-01',
    maintainer: 'zorgcoördinator',
    groups,
    nodes,
    edges,
  };
}
