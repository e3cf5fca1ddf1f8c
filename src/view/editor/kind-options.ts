/** Dutch names for the format's fixed lists, as options for the forms. */
import { EDGE_KIND_VERBS, NODE_KIND_LABELS } from '../../core/route/route-model.ts';
import {
  CONTEXTS,
  EDGE_KINDS,
  NODE_KINDS,
  ROUTE_KINDS,
  SECTORS,
} from '../../core/route/route-schema.ts';
import type { RouteKind } from '../../core/route/route-schema.ts';
import { SECTOR_LABELS } from '../../core/route/sector-labels.ts';
import type { SelectOption } from './fields/SelectField.tsx';

const ROUTE_KIND_LABELS: Record<RouteKind, string> = {
  school: 'De route van één school',
  template: 'Algemene route (zo werkt het op de meeste scholen)',
  care: 'Route aan de kant van de zorg',
};

export const ROUTE_KIND_OPTIONS: SelectOption[] = ROUTE_KINDS.map((kind) => ({
  value: kind,
  label: ROUTE_KIND_LABELS[kind],
}));

export const SECTOR_OPTIONS: SelectOption[] = SECTORS.map((sector) => ({
  value: sector,
  label: SECTOR_LABELS[sector],
}));

export const CONTEXT_OPTIONS: SelectOption[] = CONTEXTS.map((context) => ({
  value: context,
  label: context,
}));

export const NODE_KIND_OPTIONS: SelectOption[] = NODE_KINDS.map((kind) => ({
  value: kind,
  label: NODE_KIND_LABELS[kind],
}));

export const EDGE_KIND_OPTIONS: SelectOption[] = EDGE_KINDS.map((kind) => ({
  value: kind,
  label: EDGE_KIND_VERBS[kind],
}));
