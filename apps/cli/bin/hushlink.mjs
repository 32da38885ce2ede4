#!/usr/bin/env node
// The `hushlink` command. Installed from the package (`npm pack`), it runs the bundle dist/hushlink.mjs, which holds
// the CLI and everything it uses. In the repository, where src/ is, the CLI and the workspace packages it uses
// (@hushlink/envelope, @hushlink/protocol) are TypeScript sources: this launcher then registers tsx's ESM loader
// (installed at the repository root) for this process only and imports the entry point. Plain JavaScript, so it
// starts on any Node 20.6 or newer.
import { existsSync } from 'node:fs';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 6)) {
  process.stderr.write(`hushlink: Node 20.6 or newer is needed; this is Node ${process.versions.node}\n`);
  process.exit(1);
}

if (!existsSync(fileURLToPath(new URL('../src/main.ts', import.meta.url)))) {
  // The installed package: the bundle runs the CLI and exits with its status.
  await import('../dist/hushlink.mjs');
} else {
  let tsx;
  try {
    tsx = await import(import.meta.resolve('tsx/esm/api'));
  } catch {
    process.stderr.write('hushlink: tsx is not installed; run `npm install` in the Hushlink repository\n');
    process.exit(1);
  }
  // The CLI's own tsconfig, so that a tsconfig.json in the directory it is run from never changes how it compiles.
  tsx.register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
  const { runCli } = await import('../src/main.ts');
  process.exit(await runCli(process.argv.slice(2)));
}
