/**
 * The project's WXT config, built without minifying into
 * bench-results/unminified: readable function names for CPU profiles
 * (`npm run bench -- --profile`). Used with `wxt build -c <this file>`.
 */
import { defineConfig } from 'wxt';
import base from '../../wxt.config';

export const UNMINIFIED_OUT_DIR = 'bench-results/unminified';

export default defineConfig({
  ...base,
  outDir: UNMINIFIED_OUT_DIR,
  vite: async (env) => {
    const vite = (await base.vite?.(env)) ?? {};
    return { ...vite, build: { ...vite.build, minify: false } };
  },
});
