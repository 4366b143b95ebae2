import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // In CI a JSON summary is written too, so that .ci/run can print a plain closing line.
    reporters:
      process.env.CI === 'true'
        ? ['default', ['json', { outputFile: '.tmp/vitest-results.json' }]]
        : ['default'],
  },
});
