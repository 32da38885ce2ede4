import { type ChildProcess, spawn } from 'node:child_process';
import { NODE_SERVER_ENTRY, typeScriptCommand } from '../../../../scripts/lib/dev-server.mjs';

/** A Node server process started by `startServer`: its output so far, and its exit code once it exits. */
export interface StartedServer {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number>;
}

/**
 * Starts `npm run serve`'s entry (without the build, as one process: see `typeScriptCommand`) in `cwd` with `env` added to this process's, and resolves
 * once it listens or exits.
 */
export function startServer(cwd: string, env: Record<string, string>): Promise<StartedServer> {
  const { command, args } = typeScriptCommand(NODE_SERVER_ENTRY);
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  return new Promise((resolve) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('"event":"listening"')) resolve({ child, output: () => output, exited });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    void exited.then(() => resolve({ child, output: () => output, exited }));
  });
}
