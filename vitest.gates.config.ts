import { defineConfig } from 'vitest/config';

// Checks over the built site (`dist/`, and a build under a sub-path): run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/gates/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/gates/buildSubpath.ts'],
    testTimeout: 30_000,
  },
});
