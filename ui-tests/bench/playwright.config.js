/**
 * The panel benchmark (bench/run.py → `make bench`), apart from the tests:
 * the tests' chromium settings, its own `jupyter lab` on the port bench/run.py
 * picked, one worker so timings do not compete, and no HTML report to open.
 */
const path = require('path');
const baseConfig = require('../playwright.config.js');

const port = process.env.ISOLATION_BENCH_PORT || '8899';
const baseURL = `http://127.0.0.1:${port}`;

module.exports = {
  ...baseConfig,
  testDir: '.',
  // Not *.spec.ts: `make test-ui` (testDir ui-tests/) must not pick the benchmark up.
  testMatch: '*.bench.ts',
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir:
    process.env.ISOLATION_BENCH_ARTIFACTS ||
    path.join(__dirname, '..', 'test-results', 'bench'),
  use: {
    ...baseConfig.use,
    baseURL,
    trace: 'off',
    video: 'off'
  },
  webServer: {
    command: `jupyter lab --config jupyter_server_test_config.py --ServerApp.ip=127.0.0.1 --ServerApp.port=${port}`,
    cwd: path.join(__dirname, '..'),
    url: `${baseURL}/lab`,
    timeout: 120 * 1000,
    reuseExistingServer: false
  }
};
