#!/bin/bash
# Lifecycle configuration for SageMaker Studio JupyterLab spaces: install jupyterlab-isolation-info
# when the space starts and write its report to the lifecycle log as ONE line of JSON.
#
# Studio keeps what a lifecycle script writes to stdout and stderr in CloudWatch Logs, log group
# /aws/sagemaker/studio, stream <domain-id>/<space-name>/JupyterLab/default/LifecycleConfigOnStart.
# One line is one log event, which CloudWatch Logs Insights reads as JSON (see
# cloudwatch-logs-insights.query next to this script).
#
# The script never fails the space: when the install or the report fails it says why on stderr
# and exits 0. It prints no environment value (the report names variables, never their values).
#
# Settings (edit here, or set them in the environment when you test the script):
#   ISOLATION_INFO_PACKAGE      what pip installs: a requirement or a path to a wheel
#                               (default: jupyterlab-isolation-info, from PyPI)
#   ISOLATION_INFO_PIP_OPTIONS  extra pip options, e.g. "--no-index --find-links /path/to/wheels"
#   ISOLATION_INFO_PYTHON       the Python JupyterLab runs from (default: python3 on PATH)
set -uo pipefail

package=${ISOLATION_INFO_PACKAGE:-jupyterlab-isolation-info}
python=${ISOLATION_INFO_PYTHON:-python3}
read -r -a pip_options <<<"${ISOLATION_INFO_PIP_OPTIONS:-}"

say() { echo "isolation-info lifecycle: $*" >&2; }

# pip's own output goes to stderr: stdout carries the report line only.
if ! "$python" -m pip install --quiet --disable-pip-version-check "${pip_options[@]}" "$package" 1>&2; then
	say "pip could not install $package; the space starts without it"
	exit 0
fi

# The report as one compact line (the CLI indents its JSON for people).
one_line='import json, sys; print(json.dumps(json.load(sys.stdin), separators=(",", ":")))'
if ! "$python" -m jupyterlab_isolation_info --json | "$python" -c "$one_line"; then
	say "the isolation report could not be written"
fi
exit 0
