import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    // The sources under test live in src/main/frontend, outside this package: point their bare imports at this
    // package's copies, since frontend/node_modules exists only after a build that ran npm.
    alias: { '@dagrejs/dagre': here('node_modules/@dagrejs/dagre') },
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**'],
    environment: 'node',
    setupFiles: ['./memory-storage.ts'],
  },
});
