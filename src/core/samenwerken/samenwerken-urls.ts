/** The addresses of /samenwerken (issue 14). Work in the browser is named by `?id=`. */
export const SAMENWERKEN_URL = '/samenwerken';
export const SCAN_URL = '/samenwerken/zelfscan';
export const SCAN_FILL_URL = '/samenwerken/zelfscan/invullen';
export const SCAN_RESULT_URL = '/samenwerken/zelfscan/uitkomst';
export const PLAN_URL = '/samenwerken/plan';
export const PLAN_EDIT_URL = '/samenwerken/plan/bewerken';
export const PLAN_PRINT_URL = '/samenwerken/plan/afdrukken';

const withIds = (base: string, ids: readonly string[]) =>
  `${base}?${ids.map((id) => `id=${encodeURIComponent(id)}`).join('&')}`;

export const scanFillUrl = (id: string) => withIds(SCAN_FILL_URL, [id]);
export const scanResultUrl = (ids: readonly string[]) => withIds(SCAN_RESULT_URL, ids);
export const planEditUrl = (id: string) => withIds(PLAN_EDIT_URL, [id]);
export const planPrintUrl = (id: string) => withIds(PLAN_PRINT_URL, [id]);
