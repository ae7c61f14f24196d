#!/usr/bin/env bash
# regen-github-testdata.sh regenerates testdata/github/ (the trimmed GitHub
# OpenAPI description and the webhook payload examples used by
# internal/fakegithub) from the npm packages @octokit/openapi and
# @octokit/webhooks-examples. Needs npm and node; nothing is installed in the
# repository (the packages are unpacked in a temporary directory).
#
# usage: scripts/regen-github-testdata.sh
# Override the pinned versions with OPENAPI_VERSION / EXAMPLES_VERSION.
set -euo pipefail

OPENAPI_VERSION="${OPENAPI_VERSION:-23.0.2}"
EXAMPLES_VERSION="${EXAMPLES_VERSION:-7.6.1}"

root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/testdata/github"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cd "$tmp"
npm pack --silent "@octokit/openapi@$OPENAPI_VERSION" "@octokit/webhooks-examples@$EXAMPLES_VERSION" >/dev/null
mkdir openapi examples
tar xzf "octokit-openapi-$OPENAPI_VERSION.tgz" -C openapi
tar xzf "octokit-webhooks-examples-$EXAMPLES_VERSION.tgz" -C examples

mkdir -p "$out"
node "$root/scripts/trim-github-testdata.mjs" openapi/package examples/package "$out"
cp openapi/package/LICENSE "$out/LICENSE.octokit-openapi"
if [ -f examples/package/LICENSE ]; then
  cp examples/package/LICENSE "$out/LICENSE.octokit-webhooks-examples"
else
  license="$(node -p "require('./examples/package/package.json').license")"
  cat >"$out/LICENSE.octokit-webhooks-examples" <<NOTE
The webhooks/*.json files are taken from the npm package
@octokit/webhooks-examples@$EXAMPLES_VERSION (repository github:octokit/webhooks),
whose package.json declares the licence "$license". The package ships no
licence file of its own.
NOTE
fi
printf 'openapi @octokit/openapi@%s\nwebhooks @octokit/webhooks-examples@%s\n' \
  "$OPENAPI_VERSION" "$EXAMPLES_VERSION" >"$out/VERSIONS"
