import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSiteContent } from '../../../src/build/build-site-content.ts';
import { historyPaths } from '../../../src/build/history-paths.ts';
import { readRouteHistory, versionPair } from '../../../src/build/route-history.ts';
import { historyView } from '../../../src/view/reading/history-data.ts';
import { makeNode, makeRoute } from '../factories.ts';
import { writeSiteFile } from '../site-factories.ts';

const FILE = 'content/routes/de-school.json';

/** A small repository whose route file has the given versions, each committed on its date. */
function repoWith(versions: { date: string; route: unknown }[]): string {
  const root = mkdtempSync(join(tmpdir(), 'routekaart-history-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 't@example', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 't@example' },
    });
  git('init', '-q');
  mkdirSync(join(root, 'content', 'routes'), { recursive: true });
  writeSiteFile(root);
  for (const { date, route } of versions) {
    writeFileSync(join(root, FILE), JSON.stringify(route, null, 2));
    git('add', '-A');
    execFileSync('git', ['commit', '-q', '-m', 'route'], {
      cwd: root,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 't@example', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 't@example', GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` },
    });
  }
  return root;
}

const school = { kind: 'school' as const, school: { name: 'De School', municipality: 'Voorbeeldstad' } };
const first = makeRoute({ ...school, verified: '2026-03-01' });
const second = makeRoute({
  ...school,
  verified: '2026-09-01',
  nodes: [...first.nodes, makeNode('smw'), makeNode('jgz')],
});

describe('the history of a route file', () => {
  it('lists both commits of a file with two, newest first, with their dates', () => {
    const root = repoWith([
      { date: '2026-03-02', route: first },
      { date: '2026-09-03', route: second },
    ]);
    const history = readRouteHistory(root, FILE);
    expect(history.status).toBe('known');
    if (history.status !== 'known') return;
    expect(history.versions.map((version) => version.date)).toEqual(['2026-09-03', '2026-03-02']);
    expect(history.versions[1]!.route).toEqual(first);
    const view = historyView(history, '/school/de-school');
    expect(view).toEqual({
      status: 'known',
      entries: [
        {
          date: '2026-09-03',
          summary: '2 stappen toegevoegd, opnieuw gecontroleerd.',
          compareUrl: `/school/de-school/versies/${history.versions[0]!.commit.slice(0, 10)}`,
        },
        { date: '2026-03-02', summary: 'Eerste versie.', compareUrl: null },
      ],
    });
    expect(versionPair(history, history.versions[0]!.commit.slice(0, 10))?.before.route).toEqual(first);
    expect(historyPaths(root)).toEqual([view.status === 'known' ? view.entries[0]!.compareUrl : '']);
  });

  it('follows a renamed file', () => {
    const root = repoWith([{ date: '2026-03-02', route: first }]);
    renameSync(join(root, FILE), join(root, 'content/routes/nieuw.json'));
    writeFileSync(join(root, 'content/routes/nieuw.json'), JSON.stringify(second, null, 2));
    execFileSync('git', ['add', '-A'], { cwd: root });
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example', 'commit', '-q', '-m', 'rename'], { cwd: root });
    const history = readRouteHistory(root, 'content/routes/nieuw.json');
    expect(history.status === 'known' && history.versions.length).toBe(2);
  });

  it('is unknown outside a repository, and the page then has only the verified date', async () => {
    const root = mkdtempSync(join(tmpdir(), 'routekaart-no-git-'));
    expect(readRouteHistory(root, FILE)).toEqual({ status: 'unknown', reason: 'no-git' });
    mkdirSync(join(root, 'content', 'routes'), { recursive: true });
    writeFileSync(join(root, FILE), JSON.stringify(first));
    writeSiteFile(root);
    const content = await buildSiteContent(root, '2026-11-27', join(root, 'cache'));
    expect(historyView(content.history['de-school'], '/school/de-school')).toEqual({ status: 'unknown', reason: 'no-git' });
  });

  it('is unknown in a shallow clone', () => {
    const origin = repoWith([
      { date: '2026-03-02', route: first },
      { date: '2026-09-03', route: second },
    ]);
    const clone = mkdtempSync(join(tmpdir(), 'routekaart-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], { stdio: 'ignore' });
    expect(readRouteHistory(clone, FILE)).toEqual({ status: 'unknown', reason: 'shallow' });
  });
});
