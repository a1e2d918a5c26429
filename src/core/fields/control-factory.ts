// Test factory: a ControlSnapshot with plain defaults, overridden per example. Used by the tests only.
import type { ControlSnapshot } from '../types';

export function control(over: Partial<ControlSnapshot> = {}): ControlSnapshot {
  return {
    index: 0,
    tag: 'input',
    type: 'text',
    id: null,
    name: null,
    autocomplete: '',
    inputmode: '',
    maxLength: null,
    pattern: '',
    placeholder: '',
    title: '',
    ariaLabel: '',
    labelText: '',
    nearbyText: '',
    buttonText: '',
    hasImageNearby: false,
    options: [],
    rowKey: -1,
    ...over,
  };
}

/** Controls numbered in order (index i, rowKey as given or each its own). */
export function page(...controls: Partial<ControlSnapshot>[]): ControlSnapshot[] {
  return controls.map((c, i) => control({ index: i, rowKey: -(i + 1), ...c }));
}
