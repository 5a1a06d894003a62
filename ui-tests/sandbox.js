/**
 * Whether the Studio-like sandbox can serve JupyterLab here, and from which
 * venv. It needs root, and a venv the sandbox's unprivileged user can read.
 * A checkout that user cannot read (a clone under /root, as in CI) is staged
 * first: a world-readable copy of the venv, with the package copied in place
 * of its editable install, as the pytest integration tests copy the package.
 * ISOLATION_STAGE_SANDBOX=1 stages even a readable checkout (to try it).
 */
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const path = require('path');

const repo = path.resolve(__dirname, '..');
const repoVenv = path.join(repo, '.venv');
const config = path.join(__dirname, 'jupyter_sandbox_config.py');

// Set in the main process once staged; the workers inherit it.
const STAGED = 'ISOLATION_SANDBOX_STAGED';

let cached = null;

function readableByOthers(venv) {
  const probe = spawnSync('setpriv', [
    '--reuid=65534',
    '--regid=65534',
    '--clear-groups',
    path.join(venv, 'bin', 'python'),
    '-c',
    'import jupyterlab_isolation_info, jupyterlab'
  ]);
  return probe.status === 0;
}

// Set in the sandboxed server's environment; no page may ever show it.
const CREDENTIALS_URI = '/v2/credentials/galata-value-never-shown';

/**
 * Copy the venv and the sandbox's server config to a world-readable place
 * under /tmp (studio-lab binds /tmp paths into the sandbox). Returns the
 * staged directory, or throws with what failed.
 */
function stage() {
  const hash = crypto.createHash('sha1').update(repo).digest('hex');
  const dir = path.join('/tmp', `isolation-ui-sandbox-${hash.slice(0, 12)}`);
  const script = `
set -euo pipefail
repo=$1 dir=$2
rm -rf "$dir"
mkdir -m 755 "$dir"
cp -a "$repo/.venv" "$dir/venv"
# Console scripts and activate name the checkout's venv: point them at the copy.
grep -lZ "$repo/.venv/" "$dir"/venv/bin/* 2>/dev/null |
  xargs -0 -r sed -i "s|$repo/.venv/|$dir/venv/|g; s|$repo/.venv\\b|$dir/venv|g"
# The editable install points into the checkout: install a copy instead.
site=$(echo "$dir"/venv/lib/python3*/site-packages)
rm -f "$site"/_editable_impl_jupyterlab_isolation_info.pth "$site"/__editable__*jupyterlab_isolation_info*
cp -a "$repo/jupyterlab_isolation_info" "$site/"
labext="$dir/venv/share/jupyter/labextensions/jupyterlab-isolation-info"
rm -rf "$labext"
cp -a "$repo/jupyterlab_isolation_info/labextension" "$labext"
# Inside the venv: studio-lab binds the venv, not its parent, into the sandbox's /tmp.
cp "$3" "$dir/venv/jupyter_sandbox_config.py"
chmod -R a+rX "$dir"
`;
  const result = spawnSync('bash', ['-c', script, 'stage', repo, dir, config], {
    encoding: 'utf-8'
  });
  if (result.status !== 0) {
    throw new Error(`staging a readable copy failed: ${result.stderr}`);
  }
  return dir;
}

/**
 * '' when the sandbox can run, else why not; sets where it runs from.
 */
function sandboxUnavailableReason() {
  if (cached !== null) {
    return cached.reason;
  }
  if (process.getuid() !== 0) {
    cached = { reason: 'the sandbox needs root' };
    return cached.reason;
  }
  const force = process.env.ISOLATION_STAGE_SANDBOX === '1';
  if (process.env[STAGED]) {
    const dir = process.env[STAGED];
    cached = {
      reason: '',
      venv: path.join(dir, 'venv'),
      config: path.join(dir, 'venv', 'jupyter_sandbox_config.py')
    };
  } else if (!force && readableByOthers(repoVenv)) {
    cached = { reason: '', venv: repoVenv, config };
  } else {
    try {
      const dir = stage();
      process.env[STAGED] = dir;
      cached = {
        reason: '',
        venv: path.join(dir, 'venv'),
        config: path.join(dir, 'venv', 'jupyter_sandbox_config.py')
      };
    } catch (error) {
      cached = { reason: String(error.message || error) };
    }
    if (!cached.reason && !readableByOthers(cached.venv)) {
      cached = {
        reason: `the staged copy at ${cached.venv} is not usable by other users`
      };
    }
  }
  return cached.reason;
}

/**
 * The venv and server config the sandboxed JupyterLab runs with.
 */
function sandboxPaths() {
  sandboxUnavailableReason();
  return { venv: cached.venv, config: cached.config };
}

module.exports = {
  repo,
  sandboxUnavailableReason,
  sandboxPaths,
  SANDBOX_PORT: 8890,
  CREDENTIALS_URI
};
