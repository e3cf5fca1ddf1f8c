/**
 * Every change the editor can make, as data. The editor has one write path: it dispatches
 * an Edit, applyEdit computes the next route, and the history records it. Undo, autosave,
 * validation and layout all follow from that single stream of routes.
 */
import { assertNever } from '../route/route-urls.ts';
import type { Route, RouteEdge, RouteGroup, RouteNode } from '../route/route-schema.ts';
import { type EdgePatch, addEdge, removeEdge, updateEdge } from './edge-edits.ts';
import { type IdChange, changeGroupId, changeNodeId } from './id-change.ts';
import { type GroupPatch, addGroup, removeGroup, updateGroup } from './group-edits.ts';
import { type NodePatch, addNode, removeNode, updateNode } from './node-edits.ts';
import {
  type RouteFieldsPatch,
  type SchoolPatch,
  updateRouteFields,
  updateSchool,
} from './route-edits.ts';

export type Edit =
  | { type: 'addNode'; node: RouteNode }
  | { type: 'updateNode'; index: number; patch: NodePatch }
  | { type: 'removeNode'; index: number }
  /** A refused id (taken, malformed) leaves the route as it is: see id-change.ts. */
  | { type: 'changeNodeId'; index: number; id: string }
  | { type: 'addEdge'; edge: RouteEdge }
  | { type: 'updateEdge'; index: number; patch: EdgePatch }
  | { type: 'removeEdge'; index: number }
  | { type: 'addGroup'; group: RouteGroup }
  | { type: 'updateGroup'; index: number; patch: GroupPatch }
  | { type: 'removeGroup'; index: number }
  | { type: 'changeGroupId'; index: number; id: string }
  | { type: 'updateRoute'; patch: RouteFieldsPatch }
  | { type: 'updateSchool'; patch: SchoolPatch }
  /** Import: the whole route at once, still one undoable step. */
  | { type: 'replaceRoute'; route: Route };

export function applyEdit(route: Route, edit: Edit): Route {
  switch (edit.type) {
    case 'addNode':
      return addNode(route, edit.node);
    case 'updateNode':
      return updateNode(route, edit.index, edit.patch);
    case 'removeNode':
      return removeNode(route, edit.index);
    case 'changeNodeId':
      return unlessRefused(route, changeNodeId(route, edit.index, edit.id));
    case 'addEdge':
      return addEdge(route, edit.edge);
    case 'updateEdge':
      return updateEdge(route, edit.index, edit.patch);
    case 'removeEdge':
      return removeEdge(route, edit.index);
    case 'addGroup':
      return addGroup(route, edit.group);
    case 'updateGroup':
      return updateGroup(route, edit.index, edit.patch);
    case 'removeGroup':
      return removeGroup(route, edit.index);
    case 'changeGroupId':
      return unlessRefused(route, changeGroupId(route, edit.index, edit.id));
    case 'updateRoute':
      return updateRouteFields(route, edit.patch);
    case 'updateSchool':
      return updateSchool(route, edit.patch);
    case 'replaceRoute':
      return edit.route;
    default:
      return assertNever(edit);
  }
}

function unlessRefused(route: Route, change: IdChange): Route {
  return change.ok ? change.route : route;
}
