// trim-github-testdata.mjs turns the unpacked @octokit/openapi and
// @octokit/webhooks-examples packages into the small, committed test data
// used by internal/fakegithub. It is run by scripts/regen-github-testdata.sh.
//
// usage: node trim-github-testdata.mjs <openapi-pkg-dir> <examples-pkg-dir> <out-dir>
import fs from "node:fs";
import path from "node:path";

const [openapiDir, examplesDir, outDir] = process.argv.slice(2);
if (!openapiDir || !examplesDir || !outDir) {
  console.error("usage: trim-github-testdata.mjs <openapi-pkg> <examples-pkg> <out-dir>");
  process.exit(2);
}

// OPERATIONS lists every REST operation the App (or go-githubapp on its behalf)
// may call. Keep it in step with internal/fakegithub's handlers.
const OPERATIONS = [
  ["get", "/app"],
  ["post", "/app-manifests/{code}/conversions"], // migsync setup
  ["post", "/app/installations/{installation_id}/access_tokens"],
  ["get", "/repos/{owner}/{repo}/installation"],
  ["get", "/repos/{owner}/{repo}"],
  ["post", "/repos/{owner}/{repo}/check-runs"],
  ["get", "/repos/{owner}/{repo}/check-runs/{check_run_id}"],
  ["patch", "/repos/{owner}/{repo}/check-runs/{check_run_id}"],
  ["get", "/repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"],
  ["get", "/repos/{owner}/{repo}/commits/{ref}/check-runs"],
  ["get", "/repos/{owner}/{repo}/pulls"],
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}"],
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}/files"],
  ["get", "/repos/{owner}/{repo}/git/trees/{tree_sha}"],
  ["get", "/repos/{owner}/{repo}/git/blobs/{file_sha}"],
  ["get", "/repos/{owner}/{repo}/tarball/{ref}"],
  ["get", "/repos/{owner}/{repo}/contents/{path}"],
  ["get", "/repos/{owner}/{repo}/compare/{basehead}"],
  ["get", "/repos/{owner}/{repo}/commits/{ref}"],
  ["get", "/repos/{owner}/{repo}/commits/{commit_sha}/pulls"],
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
  ["post", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
  ["put", "/repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"],
  ["get", "/repos/{owner}/{repo}/pulls/{pull_number}/comments"],
  ["post", "/repos/{owner}/{repo}/pulls/{pull_number}/comments"],
  ["post", "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"],
  ["patch", "/repos/{owner}/{repo}/pulls/comments/{comment_id}"],
  ["delete", "/repos/{owner}/{repo}/pulls/comments/{comment_id}"],
  ["get", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["post", "/repos/{owner}/{repo}/issues/{issue_number}/comments"],
  ["patch", "/repos/{owner}/{repo}/issues/comments/{comment_id}"],
  ["post", "/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"],
  ["get", "/repos/{owner}/{repo}/collaborators/{username}/permission"],
];

// WEBHOOKS lists the [event, action] pairs to keep; action null means the
// event has no action (push). pull_request.edited has no upstream example and
// is derived from pull_request.opened below.
const WEBHOOKS = [
  ["pull_request", "opened"],
  ["pull_request", "synchronize"],
  ["pull_request", "reopened"],
  ["pull_request", "ready_for_review"],
  ["push", null],
  ["check_suite", "requested"],
  ["check_suite", "rerequested"],
  ["check_run", "rerequested"],
  ["check_run", "requested_action"],
  ["merge_group", "checks_requested"],
  ["issue_comment", "created"],
  ["installation", "created"],
];

function readJSON(file) {
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

function writeJSON(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(value, null, 2) + "\n");
}

// collectRefs walks value and adds every "#/components/..." $ref it holds to refs.
function collectRefs(value, refs) {
  if (Array.isArray(value)) {
    for (const v of value) collectRefs(v, refs);
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (k === "$ref" && typeof v === "string") refs.add(v);
      else collectRefs(v, refs);
    }
  }
}

// stripExamples drops media-type "examples" maps: they are large and unused.
function stripExamples(value) {
  if (Array.isArray(value)) return value.map(stripExamples);
  if (value && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === "examples" && v && typeof v === "object" && !Array.isArray(v)) continue;
      out[k] = stripExamples(v);
    }
    return out;
  }
  return value;
}

function trimSpec(spec) {
  const paths = {};
  for (const [method, p] of OPERATIONS) {
    const item = spec.paths[p];
    if (!item || !item[method]) throw new Error(`operation ${method.toUpperCase()} ${p} not in spec`);
    paths[p] ??= item.parameters ? { parameters: item.parameters } : {};
    paths[p][method] = stripExamples(item[method]);
  }
  // Keep the transitive closure of referenced components.
  const kept = {};
  const seen = new Set();
  let pending = new Set();
  collectRefs(paths, pending);
  while (pending.size > 0) {
    const next = new Set();
    for (const ref of pending) {
      if (seen.has(ref)) continue;
      seen.add(ref);
      const [, , kind, name] = ref.split("/");
      const target = spec.components[kind]?.[name];
      if (target === undefined) throw new Error(`dangling $ref ${ref}`);
      const value = stripExamples(target);
      (kept[kind] ??= {})[name] = value;
      collectRefs(value, next);
    }
    pending = next;
  }
  const components = {};
  for (const kind of Object.keys(kept).sort()) {
    components[kind] = Object.fromEntries(Object.entries(kept[kind]).sort(([a], [b]) => a.localeCompare(b)));
  }
  return {
    openapi: spec.openapi,
    info: { ...spec.info, description: `${spec.info.description} Trimmed to the operations used by migsync; regenerate with scripts/regen-github-testdata.sh.` },
    servers: spec.servers,
    paths,
    components,
  };
}

function pickExamples(events) {
  const byName = new Map(events.map((e) => [e.name, e]));
  const out = {};
  for (const [event, action] of WEBHOOKS) {
    const examples = byName.get(event)?.examples ?? [];
    const matching = examples.filter((x) => (action === null ? true : x.action === action));
    // Prefer a delivery made to an App installation, as the App receives it;
    // for push, prefer a branch update over a tag or a deletion.
    const usable = (x) => event !== "push" || (x.ref.startsWith("refs/heads/") && !x.deleted);
    const example =
      matching.find((x) => x.installation && usable(x)) ?? matching.find(usable) ?? matching[0];
    if (!example) throw new Error(`no example for ${event}.${action}`);
    out[action ? `${event}.${action}` : event] = example;
  }
  const edited = structuredClone(out["pull_request.opened"]);
  edited.action = "edited";
  edited.changes = { title: { from: `Old title of ${edited.pull_request.title}` } };
  out["pull_request.edited"] = edited;
  return out;
}

const spec = readJSON(path.join(openapiDir, "generated", "api.github.com.json"));
writeJSON(path.join(outDir, "openapi-trimmed.json"), trimSpec(spec));

const events = readJSON(path.join(examplesDir, "api.github.com", "index.json"));
const hooks = pickExamples(events);
fs.rmSync(path.join(outDir, "webhooks"), { recursive: true, force: true });
for (const [name, payload] of Object.entries(hooks)) {
  writeJSON(path.join(outDir, "webhooks", `${name}.json`), payload);
}
console.log(`wrote ${OPERATIONS.length} operations and ${Object.keys(hooks).length} webhook examples to ${outDir}`);
