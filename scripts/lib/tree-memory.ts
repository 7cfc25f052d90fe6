/** Memory of a whole process tree, sampled from /proc (Linux): a build's child processes and worker threads all count. */
import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of one process in KB (its threads share it), or 0 once it has gone. */
function residentKb(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Every live process: its parent and its command name. */
function processTable(): Map<number, { parent: number; name: string }> {
  const table = new Map<number, { parent: number; name: string }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (name) state ppid …": the name may hold spaces and parentheses, so split after the last ")".
      const close = stat.lastIndexOf(')');
      const parent = Number(stat.slice(close + 2).split(' ')[1]);
      table.set(Number(entry), { parent, name: stat.slice(stat.indexOf('(') + 1, close) });
    } catch {
      // The process ended while the table was read.
    }
  }
  return table;
}

/** The root and all its descendants, with their resident memory in KB. */
export function treeResidentKb(root: number): { totalKb: number; processes: { pid: number; name: string; kb: number }[] } {
  const table = processTable();
  const inTree = new Set([root]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [pid, { parent }] of table) {
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grown = true;
      }
    }
  }
  const processes = [...inTree].map((pid) => ({ pid, name: table.get(pid)?.name ?? '?', kb: residentKb(pid) }));
  return { totalKb: processes.reduce((sum, entry) => sum + entry.kb, 0), processes };
}

/**
 * Samples the tree below `root` every `everyMs` until stopped, and returns the highest sum of
 * resident memory seen (MB) and the processes at that moment. A sum of RSS counts pages two
 * processes share twice: an upper bound, the safe side for a memory limit.
 */
export function watchTreeMemory(
  root: number,
  everyMs = 100,
  onSample?: (totalKb: number, processes: { pid: number; name: string; kb: number }[]) => void,
) {
  let peak = { totalKb: 0, processes: [] as { pid: number; name: string; kb: number }[] };
  const sample = () => {
    const now = treeResidentKb(root);
    onSample?.(now.totalKb, now.processes);
    if (now.totalKb > peak.totalKb) peak = now;
  };
  const timer = setInterval(sample, everyMs);
  sample();
  return {
    stop(): { peakMb: number; atPeak: { pid: number; name: string; mb: number }[] } {
      clearInterval(timer);
      return { peakMb: peak.totalKb / 1024, atPeak: peak.processes.map(({ pid, name, kb }) => ({ pid, name, mb: kb / 1024 })) };
    },
  };
}
