import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    // The fast-check property tests run thousands of cases (about 2 s alone); on a busy 2-core machine the
    // default 5 s budget was seen to run out. A slow run is not a failed behaviour.
    testTimeout: 20_000,
    // Vitest's default for a run is one worker fewer than the cores: on CI's 2 cores that is one, and the 142 files
    // ran one after another (~150 s) while a core sat idle. The main process only collects results, so every core
    // gets a worker. The files share nothing on disk (each makes its own mkdtemp folder) and each still runs in
    // its own isolated fork.
    maxWorkers: availableParallelism(),
  },
});
