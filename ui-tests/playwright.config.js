/**
 * Galata's Playwright defaults, with Debian's chromium: Playwright cannot
 * download its own browser here, and the network beyond loopback is closed.
 * A second server runs JupyterLab inside the Studio-like sandbox, for
 * tests/sandbox.spec.ts.
 */
const path = require('path');
const baseConfig = require('@jupyterlab/galata/lib/playwright-config');
const chromium = require('./chromium');
const {
  repo,
  sandboxPaths,
  sandboxUnavailableReason,
  SANDBOX_PORT,
  CREDENTIALS_URI
} = require('./sandbox');
const { makeExplainCases } = require('./explain-cases');

const webServer = [
  {
    command: 'jlpm start',
    url: 'http://localhost:8888/lab',
    timeout: 120 * 1000,
    reuseExistingServer: !process.env.CI,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15000 }
  }
];
if (!sandboxUnavailableReason()) {
  // The checkout's venv, or a world-readable copy of it (see sandbox.js).
  const { venv, config } = sandboxPaths();
  webServer.push({
    command: [
      `VENV=${venv}`,
      path.join(repo, 'scripts', 'studio-lab'),
      `--port ${SANDBOX_PORT}`,
      "--token ''",
      // Studio as users have it: passwordless sudo (root remapped), an EFS
      // directory owned by a host uid outside the map, the credentials variable.
      '--sandbox-option=--sudo',
      '--sandbox-option=--user-efs',
      '--sandbox-option=300001',
      '--sandbox-option=--setenv',
      `--sandbox-option=AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=${CREDENTIALS_URI}`,
      // A root-owned file in the home, for "Explain Permissions".
      '--sandbox-option=--home-seed',
      `--sandbox-option=${makeExplainCases()}`,
      '--',
      `--config ${config}`,
      // The home as the file browser's root, as in Studio (it holds ~/cases).
      '--ServerApp.root_dir=/home/sagemaker-user'
    ].join(' '),
    url: `http://127.0.0.1:${SANDBOX_PORT}/lab`,
    timeout: 120 * 1000,
    reuseExistingServer: !process.env.CI,
    // SIGTERM lets studio-lab end the sandbox and remove its files; the
    // default SIGKILL would leave the sandboxed server holding the pipe.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15000 }
  });
}

module.exports = {
  ...baseConfig,
  use: {
    ...baseConfig.use,
    video: 'off',
    launchOptions: chromium
  },
  webServer
};
