/** Pure edits of the route's own fields and its school. */
import type { Route, School } from '../route/route-schema.ts';
import { type Patch, applyPatch } from './patch.ts';

/** The top-level fields a form edits; nodes, edges and groups have their own edits. */
export type RouteFields = Omit<Route, 'nodes' | 'edges' | 'groups' | 'school' | 'version'>;
export type RouteFieldsPatch = Patch<RouteFields>;
export type SchoolPatch = Patch<School>;

export function updateRouteFields(route: Route, patch: RouteFieldsPatch): Route {
  return applyPatch<Route>(route, patch as Patch<Route>);
}

/** Changes school fields, creating the school object on the first field typed. */
export function updateSchool(route: Route, patch: SchoolPatch): Route {
  const school = applyPatch(route.school ?? { name: '', municipality: '' }, patch);
  return { ...route, school };
}
