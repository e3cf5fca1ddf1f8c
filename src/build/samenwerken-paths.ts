/** The prerendered pages of /samenwerken (issue 14), when the content has that section. */
import {
  PLAN_EDIT_URL,
  PLAN_PRINT_URL,
  PLAN_URL,
  SAMENWERKEN_URL,
  SCAN_FILL_URL,
  SCAN_RESULT_URL,
  SCAN_URL,
} from '../core/samenwerken/samenwerken-urls.ts';
import { listSamenwerkenFiles } from './load-samenwerken.ts';

export function samenwerkenPaths(root: string): string[] {
  if (listSamenwerkenFiles(root).length === 0) return [];
  return [
    SAMENWERKEN_URL,
    SCAN_URL,
    SCAN_FILL_URL,
    SCAN_RESULT_URL,
    PLAN_URL,
    PLAN_EDIT_URL,
    PLAN_PRINT_URL,
  ];
}
