#!/usr/bin/env node
// `npm start`: build the web client, apply D1 migrations to the local database, then run `wrangler dev`.
// Arguments after `npm start --` are passed to `wrangler dev` (e.g. --port 9000, --var NAME:VALUE,
// --persist-to DIR); --persist-to also chooses where the migrations are applied.
import { spawn, spawnSync } from 'node:child_process';
import process from 'node:process';

const args = process.argv.slice(2);
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };

function run(command, commandArgs) {
  // No stdin: wrangler then takes its non-interactive defaults instead of asking to confirm migrations.
  const result = spawnSync(command, commandArgs, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (result.status !== 0) {
    console.error(`hushlink: "${command} ${commandArgs.join(' ')}" failed; the server was not started.`);
    process.exit(result.status ?? 1);
  }
}

/** The value of `--persist-to DIR` or `--persist-to=DIR` among the arguments, if any. */
function persistTo(list) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '--persist-to') return list[i + 1];
    if (list[i].startsWith('--persist-to=')) return list[i].slice('--persist-to='.length);
  }
  return undefined;
}

const persist = persistTo(args);
run('npm', ['run', 'build', '--silent']);
run('wrangler', [
  'd1',
  'migrations',
  'apply',
  'DB',
  '--local',
  ...(persist ? ['--persist-to', persist] : []),
]);

/** The value of `--port N` or `--port=N` among the arguments, if any. */
function portOf(list) {
  for (let i = 0; i < list.length; i++) {
    if (list[i] === '--port') return list[i + 1];
    if (list[i].startsWith('--port=')) return list[i].slice('--port='.length);
  }
  return undefined;
}

const port = portOf(args);
// Passkeys and the Origin check need the URL people open: follow --port unless ORIGIN is given.
const hasOrigin = args.some((arg, i) => arg.startsWith('ORIGIN:') && args[i - 1] === '--var');
const devArgs = [
  'dev',
  ...(port ? [] : ['--port', '8787']),
  ...(port && !hasOrigin ? ['--var', `ORIGIN:http://localhost:${port}`] : []),
  ...args,
];
const child = spawn('wrangler', devArgs, { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
