/**
 * Whether the Studio-like sandbox can serve JupyterLab here: it needs root, and a
 * checkout the sandbox's unprivileged user can read (not one under /root).
 */
const { spawnSync } = require('child_process');
const path = require('path');

const repo = path.resolve(__dirname, '..');
const python = path.join(repo, '.venv', 'bin', 'python');

let cached = null;

function sandboxUnavailableReason() {
  if (cached === null) {
    if (process.getuid() !== 0) {
      cached = 'the sandbox needs root';
    } else {
      const probe = spawnSync('setpriv', [
        '--reuid=65534',
        '--regid=65534',
        '--clear-groups',
        python,
        '-c',
        'import jupyterlab_isolation_info, jupyterlab'
      ]);
      cached =
        probe.status === 0
          ? ''
          : `the checkout at ${repo} is not readable by other users`;
    }
  }
  return cached;
}

// Set in the sandboxed server's environment; no page may ever show it.
const CREDENTIALS_URI = '/v2/credentials/galata-value-never-shown';

module.exports = {
  repo,
  sandboxUnavailableReason,
  SANDBOX_PORT: 8890,
  CREDENTIALS_URI
};
