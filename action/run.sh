#!/usr/bin/env bash
# Step 2 of the migsync Action (action.yml): runs `migsync check` (or
# `db-check`) from the repository root, with --format github annotations,
# the App's check-run markdown in the job summary and the step outputs
# result, errors, warnings, notices and failing. Exits with migsync's status:
# 0 in sync, 1 findings that fail, 2 migsync could not run.
set -uo pipefail

bin=${MIGSYNC:?MIGSYNC is not set: the install step provides it}
summary=${GITHUB_STEP_SUMMARY:-/dev/null}
output=${GITHUB_OUTPUT:-/dev/null}
cmd=${INPUT_COMMAND:-check}
dir=${INPUT_WORKING_DIRECTORY:-.}
format=${INPUT_FORMAT:-github}

# Paths in annotations and the summary are relative to the repository root.
cd "${GITHUB_WORKSPACE:-.}" || exit 2

# json reads one field of the event payload ("" when absent).
json() {
  local path=$1 file=${GITHUB_EVENT_PATH:-}
  [ -n "$file" ] && [ -f "$file" ] || return 0
  if command -v jq >/dev/null; then
    jq -r "$path // empty" "$file"
  else
    node -e 'let v = require(process.argv[1]); for (const k of process.argv[2].split(".").filter(Boolean)) v = v == null ? undefined : v[k]; if (v != null) process.stdout.write(String(v) + "\n")' "$file" "$path"
  fi
}

# The pull request's (merge group's, push's) base, when the base input is empty.
event_base() {
  case ${GITHUB_EVENT_NAME:-} in
    pull_request | pull_request_target | pull_request_review | pull_request_review_comment) json .pull_request.base.sha ;;
    merge_group) json .merge_group.base_sha ;;
    push)
      local before
      before=$(json .before)
      case $before in "" | 0000000000000000000000000000000000000000) ;; *) echo "$before" ;; esac
      ;;
  esac
}

args=()
case $cmd in
  check)
    base=${INPUT_BASE:-}
    [ -n "$base" ] || base=$(event_base)
    if [ -n "$base" ] && ! git cat-file -e "$base^{commit}" 2>/dev/null; then
      # actions/checkout fetches one commit by default; get the base too.
      git fetch --quiet --no-tags --depth=1 origin "$base" 2>/dev/null ||
        git fetch --quiet --no-tags origin "$base" 2>/dev/null || true
    fi
    if [ -n "$base" ] && ! git cat-file -e "$base^{commit}" 2>/dev/null && ! git rev-parse --verify --quiet "$base^{commit}" >/dev/null; then
      echo "::warning title=migsync::the base $base is not in this checkout and could not be fetched; checking without the change rules (use actions/checkout with fetch-depth: 0)"
      base=
    fi
    args=(check --dir "$dir" --format "$format")
    [ -z "$base" ] || args+=(--base "$base")
    case ${INPUT_STRICT:-false} in
      true | True | TRUE | 1 | yes) args+=(--strict) ;;
      false | False | FALSE | 0 | no | "") ;;
      *) echo "::error title=migsync::the strict input must be true or false, not \"$INPUT_STRICT\""; echo "result=error" >>"$output"; exit 2 ;;
    esac
    ;;
  db-check)
    if [ -z "${INPUT_DATABASE_URL:-}" ]; then
      echo "::error title=migsync::db-check needs the database-url input (from a secret)"
      echo "result=error" >>"$output"
      exit 2
    fi
    echo "::add-mask::$INPUT_DATABASE_URL"
    export DATABASE_URL=$INPUT_DATABASE_URL # not on the command line: never in the log or ps
    args=(db-check --dir "$dir" --format "$format")
    ;;
  *)
    echo "::error title=migsync::the command input must be check or db-check, not \"$cmd\""
    echo "result=error" >>"$output"
    exit 2
    ;;
esac

outputs_before=$(wc -l <"$output" 2>/dev/null || echo 0)
"$bin" "${args[@]}" --github-summary "$summary" --github-output "$output"
status=$?
if [ "$status" -ge 2 ] && [ "$(wc -l <"$output" 2>/dev/null || echo 0)" = "$outputs_before" ]; then
  echo "result=error" >>"$output"
  printf '## migsync could not run\n\n`migsync %s` exited with status %d; its error is in the log of this step.\n\n' "$cmd" "$status" >>"$summary"
fi
exit "$status"
