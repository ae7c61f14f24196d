// Tests of the npm launcher (bin/migsync.js) with a stand-in binary (a shell
// script, through MIGSYNC_BINARY): exit codes, standard streams and signals
// pass through. Run: node --test npm/migsync/test/ (scripts/test-npm does).
"use strict";

const { test } = require("node:test");
const assert = require("node:assert");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const launcher = path.join(__dirname, "..", "bin", "migsync.js");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "migsync-launcher-"));

// fake writes a stand-in binary running the given shell script.
function fake(name, script) {
  const p = path.join(tmp, name);
  fs.writeFileSync(p, "#!/bin/sh\n" + script + "\n", { mode: 0o755 });
  return p;
}

// launch runs the launcher with args and the stand-in binary; onSpawn may
// signal it. Resolves to { code, signal, stdout, stderr }.
function launch(binary, args, { input, onStdout } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [launcher, ...args], {
      env: { ...process.env, MIGSYNC_BINARY: binary },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
      if (onStdout) onStdout(stdout, child);
    });
    child.stderr.on("data", (d) => (stderr += d));
    if (input !== undefined) child.stdin.end(input);
    child.on("exit", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

if (process.platform !== "win32") {
  test("exit codes pass through", async () => {
    for (const code of [0, 1, 2, 3]) {
      const r = await launch(fake(`exit${code}`, `exit ${code}`), []);
      assert.strictEqual(r.code, code, `exit ${code}`);
    }
  });

  test("arguments, stdin, stdout and stderr pass through", async () => {
    const bin = fake("echo", 'printf "args:%s|" "$@"; cat; echo "to stderr" >&2');
    const r = await launch(bin, ["check", "--dir", "a b", "--format=json"], { input: "from stdin\n" });
    assert.strictEqual(r.code, 0);
    assert.strictEqual(r.stdout, "args:check|args:--dir|args:a b|args:--format=json|from stdin\n");
    assert.strictEqual(r.stderr, "to stderr\n");
  });

  for (const sig of ["SIGTERM", "SIGINT", "SIGHUP"]) {
    test(`${sig} sent to the launcher reaches the binary`, async () => {
      const bin = fake(
        `trap-${sig}`,
        `trap 'echo "got ${sig}"; exit 7' ${sig.slice(3)}\necho ready\nwhile :; do sleep 0.05; done`
      );
      let sent = false;
      const r = await launch(bin, [], {
        onStdout: (out, child) => {
          if (!sent && out.includes("ready")) {
            sent = true;
            child.kill(sig); // to the launcher only, not its process group
          }
        },
      });
      assert.ok(sent, "the binary never started");
      assert.match(r.stdout, new RegExp(`got ${sig}`));
      assert.strictEqual(r.code, 7, "the binary's exit code after handling the signal");
    });
  }

  test("a binary killed by a signal kills the launcher with it", async () => {
    const r = await launch(fake("suicide", "kill -TERM $$"), []);
    assert.strictEqual(r.signal, "SIGTERM");
  });

  test("a missing binary is a clear error, exit 2", async () => {
    const r = await launch(path.join(tmp, "nope"), []);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /cannot run .*nope/);
  });
}

test("without MIGSYNC_BINARY or the platform package: exit 2 and what to do", async () => {
  const r = await new Promise((resolve) => {
    const env = { ...process.env };
    delete env.MIGSYNC_BINARY;
    // a copy of the launcher with no node_modules around it
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "migsync-lonely-"));
    const copy = path.join(dir, "migsync.js");
    fs.copyFileSync(launcher, copy);
    const child = spawn(process.execPath, [copy, "--version"], { env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("exit", (code) => resolve({ code, stderr }));
  });
  assert.strictEqual(r.code, 2);
  assert.match(r.stderr, /@migsync\/[a-z0-9]+-[a-z0-9]+|has no binary for/);
  assert.match(r.stderr, /optional dependency|go install/);
});
