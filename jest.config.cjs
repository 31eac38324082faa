/** One runner for unit, property, bundle, emulator and e2e tests. TypeScript goes through esbuild (fast);
 *  `npm run typecheck` is the separate type gate. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': '<rootDir>/test/esbuild-jest.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!(fast-check|pure-rand)/)'],
  testTimeout: 60000,
  maxWorkers: 2,
  globalSetup: '<rootDir>/test/global-setup.cjs',
};
