/** The prerendered pages of /samenwerken (issue 14), when the content has that section. */
import { listSamenwerkenFiles } from './load-samenwerken.ts';

export function samenwerkenPaths(root: string): string[] {
  return listSamenwerkenFiles(root).length > 0 ? ['/samenwerken'] : [];
}
