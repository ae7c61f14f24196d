#!/usr/bin/env node
// The `migsync` command of the npm package: runs the native binary from the
// platform package npm, pnpm or yarn installed beside this one (an
// optionalDependency whose os/cpu fields match this machine). No install
// script is involved, so --ignore-scripts installs work too.
//
// Exit status, stdin/stdout/stderr and signals pass through: the binary
// inherits the standard streams, a signal sent to this process is sent on
// to it, and this process ends the way the binary ended (its exit code, or
// the same signal).
"use strict";

const { spawn } = require("child_process");
const { constants } = require("os");

const platforms = {
  "linux x64": "@migsync/linux-x64",
  "linux arm64": "@migsync/linux-arm64",
  "darwin x64": "@migsync/darwin-x64",
  "darwin arm64": "@migsync/darwin-arm64",
  "win32 x64": "@migsync/win32-x64",
};

function binaryPath() {
  // MIGSYNC_BINARY runs a given binary instead (a local build, or the one a
  // CI step downloaded); the launcher behaves the same way otherwise.
  if (process.env.MIGSYNC_BINARY) return process.env.MIGSYNC_BINARY;
  const pkg = platforms[`${process.platform} ${process.arch}`];
  if (!pkg) {
    fail(
      `migsync has no binary for ${process.platform}-${process.arch}; ` +
        `supported: ${Object.keys(platforms).map((k) => k.replace(" ", "-")).join(", ")}. ` +
        `Build it from source instead: go install github.com/migsync/migsync/cmd/migsync@latest`
    );
  }
  const exe = process.platform === "win32" ? "migsync.exe" : "migsync";
  try {
    return require.resolve(`${pkg}/bin/${exe}`);
  } catch {
    fail(
      `migsync: the package ${pkg}, which holds the binary for this platform, is not installed. ` +
        `It is an optional dependency of migsync: reinstall without --no-optional / --omit=optional ` +
        `(and, if the lockfile was made on another platform, let npm, pnpm or yarn add it: ` +
        `npm install, not npm ci with a foreign lockfile).`
    );
  }
}

function fail(message) {
  process.stderr.write(message + "\n");
  process.exit(2);
}

const binary = binaryPath();

// Forward the signals a terminal, a CI runner or a process manager sends.
// (SIGKILL and SIGSTOP cannot be caught; a terminal's Ctrl-C reaches the
// binary directly too, as it shares the foreground process group.) The
// handlers are installed before the binary starts: a signal that arrives
// while it is starting must not kill this process and orphan the binary.
const forwarded = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGBREAK"];
const handlers = {};
let child = null;
for (const sig of forwarded) {
  handlers[sig] = () => {
    try {
      child.kill(sig);
    } catch {
      // the child is gone already; its exit handler ends this process
    }
  };
  try {
    process.on(sig, handlers[sig]);
  } catch {
    // not a signal on this platform (SIGBREAK outside Windows, …)
  }
}

// Signal handlers run from the event loop, so none runs before child is set.
child = spawn(binary, process.argv.slice(2), { stdio: "inherit", windowsHide: true });

child.on("error", (err) => {
  fail(`migsync: cannot run ${binary}: ${err.message}`);
});

child.on("exit", (code, signal) => {
  for (const sig of forwarded) process.removeListener(sig, handlers[sig]);
  if (signal) {
    // End the same way, so that a shell or CI sees "killed by SIGTERM";
    // where Node does not die of it (SIGUSR1 starts its inspector), exit
    // with the shell's code for it.
    process.kill(process.pid, signal);
    setTimeout(() => process.exit(128 + (constants.signals[signal] || 0)), 200);
    return;
  }
  process.exit(code === null ? 1 : code);
});
