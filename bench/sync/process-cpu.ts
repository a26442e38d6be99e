// CPU time of processes from /proc, to tell where a scenario's time went: the server
// process (Node, and SQLite inside it) versus the PostgreSQL backends serving its
// database (found by the database name in their process title).
import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports utime/stime in clock ticks; 100 per second on every common kernel. */
const CLOCK_TICKS_PER_SECOND = 100;

/** User + system CPU seconds of one process; 0 once it has exited. */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const utime = Number(fields[11]);
    const stime = Number(fields[12]);
    return (utime + stime) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Summed CPU seconds of the PostgreSQL backends connected to `databaseName`. */
export function postgresBackendCpuSeconds(databaseName: string): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let title: string;
    try {
      title = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    // "postgres: root cunwu_test_ab12 [local] idle"
    if (title.startsWith('postgres: ') && title.split(' ').includes(databaseName)) {
      total += processCpuSeconds(Number(entry));
    }
  }
  return total;
}

/** The database name in a postgres:// URL. */
export function databaseNameOf(databaseUrl: string): string {
  return /^postgres(?:ql)?:\/\/[^/?]*\/([^?]*)/.exec(databaseUrl)?.[1] ?? '';
}
