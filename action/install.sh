#!/usr/bin/env bash
# Step 1 of the migsync Action (action.yml): makes the requested migsync
# available and writes its path to the step output `bin`.
#
# It installs the npm package migsync@<version> (its launcher runs the
# platform package's binary; no install script runs) into a folder of its
# own under $RUNNER_TEMP, so the repository's own node_modules and lockfile
# are left alone. GitHub's runners have node and npm.
#
# MIGSYNC_BINARY, when set, is used instead (a binary built in an earlier
# step, a self-hosted runner's copy, or the action's own test).
set -euo pipefail

out=${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set: this script is a step of the migsync action}

if [ -n "${MIGSYNC_BINARY:-}" ]; then
  bin=$MIGSYNC_BINARY
else
  version=${INPUT_VERSION:-}
  if [ -z "$version" ]; then
    version=$(tr -d ' \n' <"${GITHUB_ACTION_PATH:?}/VERSION")
  fi
  version=${version#v}
  command -v npm >/dev/null || {
    echo "::error title=migsync::npm is needed to install migsync $version (GitHub's runners have it; on a self-hosted runner install Node.js, or set MIGSYNC_BINARY to a migsync binary)"
    exit 2
  }
  prefix=${RUNNER_TEMP:-${TMPDIR:-/tmp}}/migsync-action/$version
  if [ ! -x "$prefix/node_modules/.bin/migsync" ]; then
    echo "Installing migsync@$version from npm"
    npm install --prefix "$prefix" --no-save --no-package-lock --ignore-scripts --no-audit --no-fund \
      --loglevel=error "migsync@$version" >&2
  fi
  bin=$prefix/node_modules/.bin/migsync
fi

"$bin" --version || {
  echo "::error title=migsync::cannot run $bin"
  exit 2
}
echo "bin=$bin" >>"$out"
