/** One line saying where and when figures were taken, as docs/performance.md records them. */
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';

function cpuModel(): string {
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? 'unknown CPU';
  } catch {
    return 'unknown CPU';
  }
}

export function loadAverage(): string {
  return loadavg()
    .map((value) => value.toFixed(1))
    .join(' / ');
}

export function machineLine(browserVersion?: string): string {
  const now = new Date().toISOString().replace('T', ' ').slice(0, 16);
  return [
    `${now} UTC`,
    `${availableParallelism()} × ${cpuModel()}`,
    `Node ${process.version}`,
    ...(browserVersion ? [`Chromium ${browserVersion}`] : []),
    `load average (1/5/15 min) ${loadAverage()}`,
  ].join(', ');
}
