import { describe, expect, it } from 'vitest';
import { cpuUntilLoad, extensionCpuUntilLoad, type TraceEvent } from './trace';

const MAIN = { pid: 1, tid: 10 };
const FRAME = { isMainFrame: true, isOutermostMainFrame: true };
const EXT = 'chrome-extension://abc/';

/** A complete event: start and length in ms (the trace counts µs), CPU = wall unless given. */
function x(name: string, startMs: number, durMs: number, extra: Partial<TraceEvent> = {}, cpuMs = durMs): TraceEvent {
  return { name, cat: 't', ph: 'X', ts: startMs * 1000, dur: durMs * 1000, tdur: cpuMs * 1000, ...MAIN, ...extra };
}
const mark = (name: string, atMs: number): TraceEvent => ({ name, cat: 't', ph: 'I', ts: atMs * 1000, ...MAIN, args: { data: FRAME as never } });

// A load: a task before the commit (the previous page), the commit's task, two tasks before load (one with
// our script inside, one with a nested task), the load mark, then a task after load (the guard's scan).
const events: TraceEvent[] = [
  x('RunTask', 0, 5),
  x('RunTask', 10, 2),
  { ...x('CommitLoad', 10.5, 0.5), args: { data: FRAME as never } },
  x('RunTask', 20, 4, {}, 3),
  x('EvaluateScript', 20.5, 1, { args: { data: { url: `${EXT}content-scripts/guard.js` } } }),
  x('FunctionCall', 20.7, 0.5, { args: { data: { url: `${EXT}content-scripts/guard.js` } } }),
  x('RunTask', 30, 6),
  x('RunTask', 31, 2), // nested in the one before: counted once
  x('FunctionCall', 32, 0.4, { pid: 2, tid: 20, args: { data: { url: `${EXT}content-scripts/guard.js` } } }), // a subframe's renderer
  x('FunctionCall', 33, 0.3, { args: { data: { url: 'http://page.example/app.js' } } }),
  mark('MarkLoad', 40),
  x('RunTask', 50, 9),
  x('FunctionCall', 50, 8, { args: { data: { url: `${EXT}content-scripts/guard.js` } } }),
];

describe('cpuUntilLoad', () => {
  it('sums the outermost main-thread tasks from the commit to the load mark (the first paint came before it)', () => {
    const painted = [...events, x('RunTask', 25, 3), x('Paint', 26, 1, { args: { data: FRAME as never } })];
    expect(cpuUntilLoad(painted)).toEqual({ wallMs: 2 + 4 + 3 + 6, cpuMs: 2 + 3 + 3 + 6 });
  });

  it('reaches on to the end of the first paint when that comes after load', () => {
    // The task after load holds the first paint: it counts, and nothing after it.
    const late = [...events, x('Paint', 55, 2, { args: { data: FRAME as never } }), x('RunTask', 70, 5)];
    expect(cpuUntilLoad(late)).toEqual({ wallMs: 2 + 4 + 6 + 9, cpuMs: 2 + 3 + 6 + 9 });
    // And the extension's script in that task counts as before load.
    expect(extensionCpuUntilLoad(late, EXT)).toBeCloseTo(1 + 0.4 + 8, 6);
  });

  it('ends at the load mark when no paint is in the trace', () => {
    expect(cpuUntilLoad(events)).toEqual({ wallMs: 2 + 4 + 6, cpuMs: 2 + 3 + 6 });
  });

  it('is null without a load of the outermost main frame', () => {
    expect(cpuUntilLoad(events.filter((e) => e.name !== 'MarkLoad'))).toBeNull();
  });
});

describe('extensionCpuUntilLoad', () => {
  it("counts the extension's own scripts before load, every thread, nested calls once", () => {
    expect(extensionCpuUntilLoad(events, EXT)).toBeCloseTo(1 + 0.4, 6);
  });

  it('counts nothing for another prefix', () => {
    expect(extensionCpuUntilLoad(events, 'chrome-extension://other/')).toBe(0);
  });
});
