/**
 * Host files copied into the sandboxed JupyterLab's home (~/cases), for
 * tests/explain.spec.ts: a file owned by container root (host uid 100000
 * under the sandbox's default map) in a directory of sagemaker-user's (host
 * uid 200001). Made in place: the config is loaded by every worker.
 */
const { spawnSync } = require('child_process');

const EXPLAIN_CASES = '/tmp/isolation-ui-explain-cases';

function makeExplainCases() {
  const script = `
set -euo pipefail
dir=$1
mkdir -p -m 755 "$dir/cases"
echo 'owned by container root' > "$dir/cases/root-owned.txt"
chown 100000:100000 "$dir/cases/root-owned.txt"
chmod 644 "$dir/cases/root-owned.txt"
chown 200001:200001 "$dir/cases"
`;
  const result = spawnSync('bash', ['-c', script, 'cases', EXPLAIN_CASES], {
    encoding: 'utf-8'
  });
  if (result.status !== 0) {
    throw new Error(`making the explain cases failed: ${result.stderr}`);
  }
  return EXPLAIN_CASES;
}

module.exports = { makeExplainCases, EXPLAIN_CASES };
