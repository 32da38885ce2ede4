import { describe, expect, inject, it } from 'vitest';
import { runCli, stderrLines } from './support/run-cli.ts';

const server = inject('serverUrl');
const env = { HUSHLINK_SERVER: server };

describe.concurrent('share --allow-ip', () => {
  it('limits the link to the ranges given: it opens from this machine’s address and not from elsewhere', async () => {
    // wrangler dev gives the Worker the connecting address, this machine's loopback.
    const inside = await runCli(['share', '--allow-ip', '127.0.0.0/8', '--allow-ip', '::1'], {
      input: 'office',
      env,
    });
    expect(inside.code).toBe(0);
    const opened = await runCli(['get', inside.stdout.trim()], { env });
    expect(opened.stdout).toBe('office');

    const outside = await runCli(['share', '--allow-ip', '192.0.2.0/24'], { input: 'elsewhere', env });
    expect(outside.code).toBe(0);
    const refused = await runCli(['get', outside.stdout.trim()], { env });
    expect(refused.code).toBe(3);
    expect(refused.stdout).toBe('');
    expect(stderrLines(refused).join('\n')).toMatch(/networks its sender chose/);
    expect(refused.stderr).not.toContain('192.0.2');
    // Nothing was used up: the second attempt is refused the same way, not answered "gone".
    const again = await runCli(['get', outside.stdout.trim()], { env });
    expect(again.code).toBe(3);
  });

  it('exits 1 for a value that is not an address or range, naming it, and shares nothing', async () => {
    for (const value of ['192.0.2.0/33', 'office', '0.0.0.0/0']) {
      const run = await runCli(['share', '--allow-ip', value], { input: 'x', env });
      expect(run.code, value).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toContain(`--allow-ip ${value}`);
    }
  });
});

describe.concurrent('share --allow-network', () => {
  it('needs `hushlink login` (the names are the organisation’s) and refuses a value that is no name', async () => {
    const signedOut = await runCli(['share', '--allow-network', 'Office VPN'], {
      input: 'x',
      env,
    });
    expect(signedOut.code).not.toBe(0);
    expect(signedOut.stdout).toBe('');
    expect(signedOut.stderr).toContain('--allow-network');
    const empty = await runCli(['share', '--allow-network', ''], { input: 'x', env });
    expect(empty.code).toBe(1);
    expect(empty.stderr).toContain('--allow-network');
  });
});
