import { defineConfig } from '@playwright/test';

/**
 * Specs that measure the main thread's long tasks: they run last and alone,
 * since a second browser on the same 2 cores stretches the page's own tasks
 * to the limit they are checked against.
 */
const TIMING_SPECS = ['**/trust-huge.spec.ts', '**/trust-mutations.spec.ts'];

// Browser tests load the built extension (.output/) into Debian's Chromium.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
  projects: [
    { name: 'browser', testIgnore: TIMING_SPECS },
    { name: 'timing', testMatch: TIMING_SPECS, dependencies: ['browser'], workers: 1 },
  ],
});
