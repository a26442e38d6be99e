// A brief CPU profile of the page through CDP (V8's sampling profiler), reduced to the
// functions with the most self time, to say where a missed budget's time goes. Times
// are wall-clock under the CPU throttle, like the measurement they explain.
import type { CDPSession } from 'playwright-core';

export interface ProfileEntry {
  /** "name (file:line)" or a V8 category such as (garbage collector) */
  what: string;
  selfMs: number;
  share: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const SAMPLING_INTERVAL_US = 500;
const TOP = 15;

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  const file = url.split('/').pop() || url;
  return `${name} (${file}:${lineNumber + 1}:${columnNumber + 1})`;
}

export interface RunningProfiler {
  /** stops sampling and returns the functions with the most self time */
  stop(): Promise<ProfileEntry[]>;
}

/** Starts V8's sampler on the page; it keeps sampling across a same-origin reload. */
export async function startProfiler(cdp: CDPSession): Promise<RunningProfiler> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      await cdp.send('Profiler.disable');
      return topFunctions(profile);
    },
  };
}

/**
 * Samples the page only while `run` runs, adding up every window, so the time between
 * the windows (a bench filling in a form between timed saves) does not blur the result.
 */
export class WindowedProfiler {
  private readonly selfUs = new Map<string, number>();
  private totalUs = 0;

  constructor(private readonly cdp: CDPSession) {}

  async during<T>(run: () => Promise<T>): Promise<T> {
    await this.cdp.send('Profiler.enable');
    await this.cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await this.cdp.send('Profiler.start');
    try {
      return await run();
    } finally {
      const { profile } = (await this.cdp.send('Profiler.stop')) as { profile: Profile };
      await this.cdp.send('Profiler.disable');
      this.totalUs += addSelfTimes(profile, this.selfUs);
    }
  }

  top(count: number = TOP): ProfileEntry[] {
    return rank(this.selfUs, this.totalUs, count);
  }
}

/** Adds each function's self time in `profile` to `selfUs`; returns the time added. */
function addSelfTimes(profile: Profile, selfUs: Map<string, number>): number {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  let totalUs = 0;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, index) => {
    const node = byId.get(id);
    const delta = deltas[index] ?? 0;
    if (!node || node.callFrame.functionName === '(idle)') return;
    const key = label(node);
    selfUs.set(key, (selfUs.get(key) ?? 0) + delta);
    totalUs += delta;
  });
  return totalUs;
}

function topFunctions(profile: Profile): ProfileEntry[] {
  const selfUs = new Map<string, number>();
  const totalUs = addSelfTimes(profile, selfUs);
  return rank(selfUs, totalUs, TOP);
}

function rank(selfUs: Map<string, number>, totalUs: number, count: number): ProfileEntry[] {
  return [...selfUs.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([what, us]) => ({ what, selfMs: us / 1000, share: totalUs > 0 ? us / totalUs : 0 }));
}
