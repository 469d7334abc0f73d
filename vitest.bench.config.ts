// `npm run bench` runs the benchmarks in tests/bench through Vite (the catalogue is loaded with
// import.meta.glob), with the same plugins as the unit tests. The unit config includes only tests/unit/**,
// so `vitest run` never picks these files up.
import { defineConfig } from 'vitest/config';
import unit from './vitest.config.ts';

export default defineConfig({
  plugins: unit.plugins,
  test: {
    // Core code is pure: plain Node, no DOM, is what it runs closest to.
    environment: 'node',
    include: [],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
