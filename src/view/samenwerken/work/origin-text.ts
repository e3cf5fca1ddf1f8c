import type { WorkOrigin } from '../../../core/samenwerken/work-store.ts';

/** How a scan or plan came into this browser, in the list of stored work. */
export const ORIGIN_TEXT = {
  new: 'hier begonnen',
  import: 'uit een bestand',
  share: 'uit een deellink',
  scan: 'uit een zelfscan',
} as const satisfies Record<WorkOrigin, string>;
