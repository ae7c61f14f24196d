#!/usr/bin/env node
// A minimal npm registry for scripts/test-npm: serves the tarballs that
// `npm pack` wrote into one folder (node test-registry.js DIR), so that npm,
// pnpm and yarn install `migsync` exactly as from the real registry —
// choosing the platform package by its os/cpu fields — without publishing.
//
// GET /<name> is the package document (every packed version, with the
// tarball's integrity); GET /-/<file>.tgz the tarball. The launcher's
// optionalDependencies whose tarball is not in DIR (the other platforms,
// when only this machine's binary was built) are listed from the launcher's
// package.json with os/cpu, as the real registry lists them, but their
// tarball is absent: a client that tries to download a package for another
// platform gets a 404, and the request is recorded in the log the test
// reads (LOG, default DIR/registry.log). Usage: node test-registry.js DIR
// [LOG]. Prints the URL once listening; 127.0.0.1 only.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const http = require("http");
const path = require("path");
const zlib = require("zlib");

const dir = path.resolve(process.argv[2] || ".");
const log = fs.createWriteStream(process.argv[3] || path.join(dir, "registry.log"), { flags: "a" });

// packageJSON reads package/package.json out of a .tgz.
function packageJSON(file) {
  const tar = zlib.gunzipSync(fs.readFileSync(file));
  for (let off = 0; off + 512 <= tar.length; ) {
    const name = tar.toString("utf8", off, off + 100).replace(/\0.*$/s, "");
    const size = parseInt(tar.toString("utf8", off + 124, off + 136).replace(/\0.*$/s, "").trim() || "0", 8);
    if (name === "package/package.json") return JSON.parse(tar.toString("utf8", off + 512, off + 512 + size));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error(`${file}: no package/package.json`);
}

const docs = {}; // name -> { versions: { version: manifest } }
let base = "";
function add(manifest, tarball) {
  const doc = (docs[manifest.name] ||= { name: manifest.name, versions: {}, "dist-tags": {} });
  doc.versions[manifest.version] = { ...manifest, dist: tarball };
  doc["dist-tags"].latest = manifest.version;
}

const server = http.createServer((req, res) => {
  const url = decodeURIComponent(req.url.split("?")[0]);
  log.write(`${req.method} ${url}\n`);
  if (url.startsWith("/-/")) {
    const file = path.join(dir, path.basename(url));
    if (fs.existsSync(file)) {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      return fs.createReadStream(file).pipe(res);
    }
    log.write(`MISSING ${url}\n`);
  } else {
    const doc = docs[url.slice(1)];
    if (doc) {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(doc));
    }
  }
  res.writeHead(404, { "content-type": "application/json" });
  res.end('{"error":"not found"}');
});

server.listen(0, "127.0.0.1", () => {
  base = `http://127.0.0.1:${server.address().port}`;
  const packed = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".tgz"))) {
    const file = path.join(dir, f);
    const data = fs.readFileSync(file);
    const m = packageJSON(file);
    packed[m.name] = true;
    add(m, {
      tarball: `${base}/-/${f}`,
      shasum: crypto.createHash("sha1").update(data).digest("hex"),
      integrity: "sha512-" + crypto.createHash("sha512").update(data).digest("base64"),
    });
  }
  for (const doc of Object.values(docs)) {
    for (const m of Object.values(doc.versions)) {
      for (const [name, version] of Object.entries(m.optionalDependencies || {})) {
        if (packed[name]) continue;
        const platform = name.split("/")[1];
        const [os, cpu] = platform.split("-");
        const f = `${name.replace("@", "").replace("/", "-")}-${version}.tgz`;
        add({ name, version, os: [os], cpu: [cpu] }, { tarball: `${base}/-/${f}`, shasum: "0".repeat(40) });
      }
    }
  }
  process.stdout.write(base + "\n");
});
