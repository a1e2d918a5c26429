import { describe, expect, it } from 'vitest';
import { firstGuardInWorld, GUARD_STARTED_GLOBAL } from './run-once';

describe('firstGuardInWorld', () => {
  it('lets the first copy of the guard start and makes a second copy in the same world stand down', () => {
    const world: Record<string, unknown> = {};
    expect(firstGuardInWorld(world)).toBe(true);
    expect(firstGuardInWorld(world)).toBe(false);
    expect(firstGuardInWorld(world)).toBe(false);
  });

  it('counts each world (each document) on its own', () => {
    const first: Record<string, unknown> = {};
    const second: Record<string, unknown> = {};
    expect(firstGuardInWorld(first)).toBe(true);
    expect(firstGuardInWorld(second)).toBe(true);
  });

  it('is not fooled by a truthy value other than its own mark', () => {
    // Only `true` set by the guard counts; anything else in that slot is not a started guard.
    const world: Record<string, unknown> = { [GUARD_STARTED_GLOBAL]: 'yes' };
    expect(firstGuardInWorld(world)).toBe(true);
    expect(world[GUARD_STARTED_GLOBAL]).toBe(true);
  });
});
