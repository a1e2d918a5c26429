import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts', 'bench/**/*.test.ts'],
    // The fast-check property tests run thousands of cases (about 2 s alone); on a busy 2-core machine the
    // default 5 s budget was seen to run out. A slow run is not a failed behaviour.
    testTimeout: 20_000,
  },
});
