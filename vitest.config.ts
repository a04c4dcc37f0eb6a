import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { glossaryPlugin } from './glossary/authoring/vite-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), glossaryPlugin()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
