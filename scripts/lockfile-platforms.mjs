#!/usr/bin/env node
// This machine's npm registry mirror serves only Linux builds of some packages' platform binaries (Biome's CLI,
// workerd), so `npm install` here writes a lockfile without the other platforms' optional packages, and `npm ci`
// then refuses it ("Missing: @biomejs/cli-darwin-arm64@ from lock file"). This adds the missing entries with
// their os/cpu/libc, as npm itself writes them where the registry has them; npm skips them on other platforms.
// Run it after any `npm install` that changes package-lock.json: `node scripts/lockfile-platforms.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
const present = new Set(Object.keys(packages).map((key) => key.slice(key.lastIndexOf('node_modules/') + 13)));

/** os, cpu and libc from a platform package's name, e.g. cli-linux-arm64-musl or workerd-windows-64. */
function platformOf(name) {
  const os = /android/.test(name)
    ? 'android'
    : /darwin/.test(name)
      ? 'darwin'
      : /win32|windows/.test(name)
        ? 'win32'
        : /linux/.test(name)
          ? 'linux'
          : null;
  const cpu = /arm64|aarch64/.test(name) ? 'arm64' : /x64|-64$|amd64/.test(name) ? 'x64' : null;
  return os && cpu ? { os, cpu, libc: /musl/.test(name) ? 'musl' : null } : null;
}

let added = 0;
for (const [key, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const platform = platformOf(name);
    if (present.has(name) || !platform) continue;
    const stub = {
      version: range.replace(/^[~^=]/, ''),
      cpu: [platform.cpu],
      optional: true,
      os: [platform.os],
    };
    if (entry.dev) stub.dev = true;
    if (platform.libc) stub.libc = [platform.libc];
    if (entry.license) stub.license = entry.license;
    const base = key.includes('node_modules/') ? key.slice(0, key.lastIndexOf('node_modules/')) : '';
    packages[`${base}node_modules/${name}`] = Object.fromEntries(Object.entries(stub).sort());
    present.add(name);
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`lockfile-platforms: ${added} platform entries added`);
