import { defineConfig } from 'vitest/config';

// The Firefox smoke test drives Debian's Firefox ESR over WebDriver BiDi (puppeteer-core); Playwright cannot.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
