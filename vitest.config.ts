import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Fixture tests run the content checker over small trees; keep them in one worker pool.
    testTimeout: 180_000,
  },
});
