/**
 * `make test-compat` runs this once per environment, against a JupyterLab that
 * ui-tests/compat/run.py started from that environment (COMPAT_BASE_URL).
 * Plain Playwright: Galata's page fixture is tied to the JupyterLab it ships
 * with, and these servers run 4.0 to the newest 4.x.
 */
const chromium = require('../chromium');

module.exports = {
  testDir: __dirname,
  testMatch: '*.compat.ts',
  timeout: 120 * 1000,
  retries: 0,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: process.env.COMPAT_BASE_URL,
    video: 'off',
    trace: 'off',
    launchOptions: chromium
  }
};
