// Chrome tracing over the DevTools protocol, and attribution of main-thread time to the extension.
//
// Trace categories: `toplevel` gives every main-thread task (RunTask); `devtools.timeline` gives what ran
// inside it — FunctionCall (a callback: timer, event listener, MutationObserver …) and EvaluateScript
// (a script's first run) carry the URL of the script that owns the code. Code whose URL is
// chrome-extension://<id>/… is the extension's; the content script is the only extension code in a page.
// Not attributed: code that resumes after an `await` (it runs as a microtask, an event without a URL).
// In the content script that is the first scan after the background's hello answer; the bench measures
// that scan's cost separately (scan cost, "first scan"), and busiestRendererMain counts it with the rest.

import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs, where the platform reports it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string } };
}

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Starts tracing on a page's CDP session; call the returned function to stop and get the events. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReturnAsStream',
  });
  return async () => {
    const done = new Promise<string>((resolve, reject) => {
      cdp.once('Tracing.tracingComplete', (e: { stream?: string }) =>
        e.stream ? resolve(e.stream) : reject(new Error('tracing ended without a stream')),
      );
    });
    await cdp.send('Tracing.end');
    const stream = await done;
    let text = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle: stream });
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  };
}

export interface Attribution {
  /** Total main-thread time spent in the extension's code, ms (wall clock). */
  extensionMs: number;
  /** The same as CPU (thread) time, ms: what it costs when no other process competes for the core. */
  extensionCpuMs: number;
  /** Number of main-thread tasks in which the extension's code ran. */
  tasks: number;
  /** The most extension time inside one task, ms (the content script's longest task). */
  longestTaskMs: number;
  /** CPU time of that longest share, ms. */
  longestTaskCpuMs: number;
  /** How long that whole task took, the page's own work included, ms. */
  longestTaskTotalMs: number;
  /** All main-thread task time in the window, ms (page + extension), for context. */
  mainThreadMs: number;
}

type Timed = TraceEvent & { dur: number };

/** Complete events only: Chrome emits these as ph 'X' with a duration. */
function complete(e: TraceEvent): e is Timed {
  return e.ph === 'X' && typeof e.dur === 'number';
}

/** Events that carry the URL of the script whose code ran in them (see the header). */
const SCRIPT_EVENTS = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'v8.run']);

/** A complete script event of code whose URL starts with `urlPrefix`. */
function ownedBy(e: TraceEvent, urlPrefix: string): e is Timed {
  return complete(e) && SCRIPT_EVENTS.has(e.name) && (e.args?.data?.url ?? '').startsWith(urlPrefix);
}

/**
 * Wall and CPU ms of the outermost tasks of one thread (`tasks` sorted by start) that `keep` accepts. Tasks
 * nest (a nested run loop): one inside another is counted with the one around it, never again.
 */
function outermostTime(tasks: readonly Timed[], keep: (t: Timed) => boolean = () => true): { wallMs: number; cpuMs: number } {
  let wall = 0;
  let cpu = 0;
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue;
    end = t.ts + t.dur;
    if (!keep(t)) continue;
    wall += t.dur;
    cpu += t.tdur ?? t.dur;
  }
  return { wallMs: wall / 1000, cpuMs: cpu / 1000 };
}

/** The RunTask events of one thread, sorted by start. */
function runTasksOf(events: readonly TraceEvent[], pid: number, tid: number): Timed[] {
  return events.filter((e): e is Timed => complete(e) && e.name === 'RunTask' && e.pid === pid && e.tid === tid).sort((a, b) => a.ts - b.ts);
}

/**
 * Attribution of main-thread time to code whose URL starts with `urlPrefix`, on the renderer main
 * thread that ran it. Events of the extension nested in other extension events count once.
 */
export function attribute(events: readonly TraceEvent[], urlPrefix: string): Attribution {
  const owned = events.filter((e): e is Timed => ownedBy(e, urlPrefix));
  if (owned.length === 0) {
    return { extensionMs: 0, extensionCpuMs: 0, tasks: 0, longestTaskMs: 0, longestTaskCpuMs: 0, longestTaskTotalMs: 0, mainThreadMs: 0 };
  }
  // The thread that runs the content script is the page's main thread.
  const { pid, tid } = owned[0]!;
  const onThread = (e: TraceEvent) => e.pid === pid && e.tid === tid;
  const tasks = runTasksOf(events, pid, tid);
  // Outermost owned events only.
  const mine = owned.filter(onThread).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const outer: Timed[] = [];
  for (const e of mine) {
    const last = outer[outer.length - 1];
    if (last && e.ts < last.ts + last.dur) continue;
    outer.push(e);
  }
  // Group by enclosing task (a binary search over tasks sorted by start).
  const perTask = new Map<number, number>();
  const perTaskCpu = new Map<number, number>();
  for (const e of outer) {
    let lo = 0;
    let hi = tasks.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tasks[mid]!.ts <= e.ts) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const task = found >= 0 && e.ts < tasks[found]!.ts + tasks[found]!.dur ? found : -1 - outer.indexOf(e);
    perTask.set(task, (perTask.get(task) ?? 0) + e.dur);
    perTaskCpu.set(task, (perTaskCpu.get(task) ?? 0) + (e.tdur ?? e.dur));
  }
  let longest = 0;
  let longestKey = -1;
  for (const [k, v] of perTask) {
    if (v > longest) {
      longest = v;
      longestKey = k;
    }
  }
  const total = outer.reduce((s, e) => s + e.dur, 0);
  const totalCpu = outer.reduce((s, e) => s + (e.tdur ?? e.dur), 0);
  return {
    extensionMs: total / 1000,
    extensionCpuMs: totalCpu / 1000,
    tasks: perTask.size,
    longestTaskMs: longest / 1000,
    longestTaskCpuMs: (perTaskCpu.get(longestKey) ?? 0) / 1000,
    longestTaskTotalMs: longestKey >= 0 ? tasks[longestKey]!.dur / 1000 : longest / 1000,
    mainThreadMs: outermostTime(tasks).wallMs,
  };
}

/** Wall and CPU time (ms) of every call of a named function, in call order (from FunctionCall events). */
export function callsOf(events: readonly TraceEvent[], functionName: string): { wallMs: number; cpuMs: number }[] {
  return events
    .filter((e): e is Timed => complete(e) && e.name === 'FunctionCall' && e.args?.data?.functionName === functionName)
    .sort((a, b) => a.ts - b.ts)
    .map((e) => ({ wallMs: e.dur / 1000, cpuMs: (e.tdur ?? e.dur) / 1000 }));
}

/**
 * All main-thread time (outermost tasks, wall and CPU ms) of the renderer thread that ran code from
 * `urlPrefix` (the page's own scripts): the page's work, rendering and any extension code together.
 */
export function mainThreadTime(events: readonly TraceEvent[], urlPrefix: string): { wallMs: number; cpuMs: number } {
  const anchor = events.find((e) => e.name === 'FunctionCall' && (e.args?.data?.url ?? '').startsWith(urlPrefix));
  if (!anchor) return { wallMs: 0, cpuMs: 0 };
  return outermostTime(runTasksOf(events, anchor.pid, anchor.tid));
}

/**
 * Main-thread time (outermost tasks, wall and CPU ms) of the busiest renderer main thread in the trace:
 * during a page load that is the page's own (the extension's service worker runs on a worker thread).
 */
export function busiestRendererMain(events: readonly TraceEvent[]): { wallMs: number; cpuMs: number } {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = { wallMs: 0, cpuMs: 0 };
  for (const m of mains) {
    const time = outermostTime(runTasksOf(events, m.pid, m.tid));
    if (time.cpuMs > best.cpuMs) best = time;
  }
  return best;
}

/**
 * The main-thread tasks from the one that called `startFn` up to the one that called `endFn` (both
 * FunctionCall names): how many ran and the longest, CPU and wall ms. Outermost tasks only. Every task of
 * that thread in the window counts (a slice of the scan, or the page's rendering between slices).
 */
export function tasksBetween(
  events: readonly TraceEvent[],
  startFn: string,
  endFn: string,
): { tasks: number; longestCpuMs: number; longestWallMs: number; cpuMs: number } {
  const calls = (name: string) =>
    events.filter((e): e is Timed => complete(e) && e.name === 'FunctionCall' && e.args?.data?.functionName === name);
  const start = calls(startFn)[0];
  const end = calls(endFn).at(-1);
  if (!start || !end) throw new Error(`tasksBetween: no ${!start ? startFn : endFn} call in the trace`);
  const tasks = runTasksOf(events, start.pid, start.tid);
  let count = 0;
  let longestCpu = 0;
  let longestWall = 0;
  let cpu = 0;
  let until = -Infinity;
  for (const t of tasks) {
    if (t.ts < until) continue; // nested in the previous outermost task
    until = t.ts + t.dur;
    // From the task holding the start call to the task before the end call's.
    if (t.ts + t.dur < start.ts || t.ts >= end.ts) continue;
    if (t.ts <= end.ts && end.ts < t.ts + t.dur) continue;
    count++;
    const c = (t.tdur ?? t.dur) / 1000;
    cpu += c;
    if (c > longestCpu) {
      longestCpu = c;
      longestWall = t.dur / 1000;
    }
  }
  return { tasks: count, longestCpuMs: longestCpu, longestWallMs: longestWall, cpuMs: cpu };
}

/**
 * The main frame's load in the trace: from the navigation's commit (CommitLoad) to the moment the page has both
 * loaded (its load mark, MarkLoad) and painted its first frame (the end of the first Paint of that frame on the
 * same thread), whichever comes later; with the thread that ran it. Null when the trace holds no load of an
 * outermost main frame.
 *
 * Why both: the first frame's style, layout and paint (about 9 ms of a 20 ms small page here) fall before or
 * after `load` by chance (a few hundred µs either way decide it), so a window ending at `load` reads that work
 * in or out at random, and a median of a few loads flips with it (+2.7 % to +52 % for the same build). Until
 * "loaded and painted" it is always in.
 */
function loadWindow(events: readonly TraceEvent[]): { load: TraceEvent; from: number; to: number } | null {
  const outermost = (e: TraceEvent) => (e.args?.data as { isOutermostMainFrame?: boolean } | undefined)?.isOutermostMainFrame === true;
  const load = events.filter((e) => e.name === 'MarkLoad' && outermost(e)).at(-1);
  if (!load) return null;
  const commit = events.filter((e) => e.name === 'CommitLoad' && outermost(e) && e.pid === load.pid && e.ts <= load.ts).at(-1);
  const from = commit?.ts ?? -Infinity;
  const frame = load.args?.data?.frame;
  const paint = events
    .filter((e): e is Timed => complete(e) && e.name === 'Paint' && e.pid === load.pid && e.tid === load.tid && e.ts >= from && (frame === undefined || e.args?.data?.frame === frame))
    .sort((a, b) => a.ts - b.ts)[0];
  return { load, from, to: Math.max(load.ts, paint ? paint.ts + paint.dur : -Infinity) };
}

/**
 * Main-thread CPU of a page load until it has loaded and first painted (loadWindow): the outermost tasks of the
 * main frame's renderer thread from the navigation's commit to then, CPU and wall ms. Null when the trace holds
 * no load of an outermost main frame. The extension's work at document_start counts here; its work after the
 * page loaded and went idle (the guard's gate and first scan) does not.
 */
export function cpuUntilLoad(events: readonly TraceEvent[]): { wallMs: number; cpuMs: number } | null {
  const window = loadWindow(events);
  if (!window) return null;
  const { load, from, to } = window;
  // The task that committed the navigation counts (it parses the first bytes); later ones until loaded and painted.
  return outermostTime(runTasksOf(events, load.pid, load.tid), (t) => t.ts + t.dur >= from && t.ts <= to);
}

/**
 * CPU ms of the code whose URL starts with `urlPrefix` (the extension's scripts) from the main frame's commit
 * until it has loaded and first painted (loadWindow), on every thread of the trace (subframes may run in their own renderer): the extension's
 * own, directly attributed share of a load. Isolated-world set-up and the garbage our code leaves are not
 * attributed to a URL, so this is a lower bound of what the extension adds; the difference of two medians
 * (cpuUntilLoad with − without) is the whole of it, but carries the page's own scatter.
 */
export function extensionCpuUntilLoad(events: readonly TraceEvent[], urlPrefix: string): number {
  const window = loadWindow(events);
  if (!window) return 0;
  const { from, to } = window;
  const owned = events.filter((e): e is Timed => ownedBy(e, urlPrefix) && e.ts >= from && e.ts <= to).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Outermost per thread: a FunctionCall inside an EvaluateScript counts once.
  const ends = new Map<string, number>();
  let cpu = 0;
  for (const e of owned) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ts < (ends.get(key) ?? -Infinity)) continue;
    ends.set(key, e.ts + e.dur);
    cpu += e.tdur ?? e.dur;
  }
  return cpu / 1000;
}
