/**
 * Scans and plans kept in the browser (several of each), in a versioned envelope like the
 * editor's drafts. A value that cannot be read is set aside and reported (key-value-store.ts).
 */
import type { KeyValueStore, SetAside } from '../key-value-store.ts';
import { setAside, SET_ASIDE_SUFFIX } from '../key-value-store.ts';
import { type WorkFormat, bare, readWorkJson, workProblemReason } from './work-file.ts';

export const WORK_ORIGINS = ['new', 'import', 'share', 'scan'] as const;
export type WorkOrigin = (typeof WORK_ORIGINS)[number];

export interface StoredWork<T> {
  id: string;
  origin: WorkOrigin;
  /** ISO timestamp of the last change. */
  updatedAt: string;
  value: T;
}

export type LoadedWork<T> =
  | { status: 'found'; work: StoredWork<T> }
  | { status: 'missing' }
  | { status: 'set-aside'; setAside: SetAside };

export interface WorkList<T> {
  /** Newest change first. */
  items: StoredWork<T>[];
  setAside: SetAside[];
}

export type SaveResult = { ok: true } | { ok: false; message: string };

export interface WorkStore<T> {
  key(id: string): string;
  load(store: KeyValueStore, id: string): LoadedWork<T>;
  list(store: KeyValueStore): WorkList<T>;
  save(store: KeyValueStore, work: StoredWork<T>): SaveResult;
  discard(store: KeyValueStore, id: string): void;
}

/** `prefix` e.g. "routekaart:zelfscan:"; `fileWord` names the download in failure messages. */
export function createWorkStore<T>(
  prefix: string,
  format: WorkFormat<T>,
  fileWord: string,
): WorkStore<T> {
  const key = (id: string) => prefix + id;
  const envelopeType = `${format.type}-concept`;

  const load = (store: KeyValueStore, id: string): LoadedWork<T> => {
    const text = store.getItem(key(id));
    if (text === null) return { status: 'missing' };
    const read = readStored(text, id);
    if (read.ok) return { status: 'found', work: read.work };
    return { status: 'set-aside', setAside: setAside(store, key(id), text, read.reason) };
  };

  const readStored = (
    text: string,
    id: string,
  ): { ok: true; work: StoredWork<T> } | { ok: false; reason: string } => {
    let envelope: unknown;
    try {
      envelope = JSON.parse(text);
    } catch {
      return { ok: false, reason: 'geen leesbare JSON' };
    }
    if (!isEnvelope(envelope, envelopeType))
      return { ok: false, reason: `geen ${bare(format.noun)} van Routekaart` };
    if (envelope.id !== id) return { ok: false, reason: 'hoort bij een andere sleutel' };
    const read = readWorkJson(envelope.value, format);
    if (!read.ok) return { ok: false, reason: workProblemReason(read.problems, format) };
    const { origin, updatedAt } = envelope;
    return { ok: true, work: { id, origin, updatedAt, value: read.value } };
  };

  return {
    key,
    load,
    list(store) {
      const ids: string[] = [];
      for (let index = 0; index < store.length; index++) {
        const found = store.key(index);
        if (found?.startsWith(prefix) && !found.endsWith(SET_ASIDE_SUFFIX))
          ids.push(found.slice(prefix.length));
      }
      const items: StoredWork<T>[] = [];
      const setAsideList: SetAside[] = [];
      for (const id of ids) {
        const loaded = load(store, id);
        if (loaded.status === 'found') items.push(loaded.work);
        if (loaded.status === 'set-aside') setAsideList.push(loaded.setAside);
      }
      items.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
      return { items, setAside: setAsideList };
    },
    save(store, work) {
      const envelope: Envelope = { app: 'routekaart', type: envelopeType, version: 1, ...work };
      try {
        store.setItem(key(work.id), JSON.stringify(envelope));
        return { ok: true };
      } catch (cause) {
        const full = cause instanceof Error && /quota/i.test(cause.name + cause.message);
        return {
          ok: false,
          message: `${full ? 'De opslag van deze browser is vol' : 'Deze browser staat opslaan niet toe'}: je wijzigingen zijn niet bewaard. Download ${fileWord} als bestand.`,
        };
      }
    },
    discard(store, id) {
      store.removeItem(key(id));
    },
  };
}

interface Envelope {
  app: 'routekaart';
  type: string;
  version: 1;
  id: string;
  origin: WorkOrigin;
  updatedAt: string;
  value: unknown;
}

function isEnvelope(value: unknown, type: string): value is Envelope {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Record<string, unknown>;
  return (
    record.app === 'routekaart' &&
    record.type === type &&
    record.version === 1 &&
    typeof record.id === 'string' &&
    typeof record.updatedAt === 'string' &&
    !Number.isNaN(Date.parse(record.updatedAt)) &&
    (WORK_ORIGINS as readonly unknown[]).includes(record.origin) &&
    'value' in record
  );
}

/** "zelfscan-l2k3x9ab": ids for new work, from the time and a random number. */
export function newWorkId(kind: string, now: number, random: number): string {
  return `${kind}-${now.toString(36)}${Math.floor(random * 36 ** 4).toString(36)}`;
}
