import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../test/support/temp-dir.ts';
import { CliError } from './cli-error.ts';
import { configPath, deleteConfig, readConfig, writeConfig } from './config-store.ts';

const CONFIG = { server: 'https://secrets.example.com', token: `${'a'.repeat(22)}.${'b'.repeat(43)}` };

function folder(): string {
  return tempDir('hushlink-config-test-');
}

describe('configPath', () => {
  it('uses $XDG_CONFIG_HOME when it is absolute, on every platform', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const) {
      expect(configPath({ env: { XDG_CONFIG_HOME: '/x/config' }, platform, home: '/home/u' })).toBe(
        join('/x/config', 'hushlink', 'config.json'),
      );
    }
  });

  it('ignores a relative $XDG_CONFIG_HOME, as the XDG spec says', () => {
    expect(configPath({ env: { XDG_CONFIG_HOME: 'relative' }, platform: 'linux', home: '/home/u' })).toBe(
      join('/home/u', '.config', 'hushlink', 'config.json'),
    );
  });

  it('uses ~/.config on Linux, Application Support on macOS and %APPDATA% on Windows', () => {
    expect(configPath({ env: {}, platform: 'linux', home: '/home/u' })).toBe(
      '/home/u/.config/hushlink/config.json',
    );
    expect(configPath({ env: {}, platform: 'darwin', home: '/Users/u' })).toBe(
      '/Users/u/Library/Application Support/hushlink/config.json',
    );
    expect(configPath({ env: { APPDATA: '/appdata' }, platform: 'win32', home: '/u' })).toBe(
      join('/appdata', 'hushlink', 'config.json'),
    );
  });
});

describe('writeConfig, readConfig, deleteConfig', () => {
  it('writes the file with mode 0600 in a folder with mode 0700, and reads it back', async () => {
    const path = join(folder(), 'hushlink', 'config.json');
    await writeConfig(CONFIG, path);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
    expect(await readConfig(path)).toEqual(CONFIG);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(CONFIG);
  });

  it('tightens an existing folder to 0700 and replaces an older file (leaving no temporary file)', async () => {
    const dir = join(folder(), 'hushlink');
    mkdirSync(dir, { mode: 0o755 });
    const path = join(dir, 'config.json');
    writeFileSync(path, '{"server":"https://old.example","token":"old"}', { mode: 0o644 });
    await writeConfig(CONFIG, path);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(await readConfig(path)).toEqual(CONFIG);
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('answers null when there is no file, and refuses a damaged one with `io`', async () => {
    const dir = folder();
    expect(await readConfig(join(dir, 'none.json'))).toBeNull();
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, '{"server": 42');
    await expect(readConfig(damaged)).rejects.toMatchObject({ code: 'io', exitCode: 7 });
    await expect(readConfig(damaged)).rejects.toBeInstanceOf(CliError);
  });

  it('deletes the file on logout, and says whether there was one', async () => {
    const path = join(folder(), 'hushlink', 'config.json');
    await writeConfig(CONFIG, path);
    expect(await deleteConfig(path)).toBe(true);
    expect(await readConfig(path)).toBeNull();
    expect(await deleteConfig(path)).toBe(false);
  });

  it('fails with `io` when the folder cannot be created', async () => {
    const blocker = join(folder(), 'a-file');
    writeFileSync(blocker, '');
    await expect(writeConfig(CONFIG, join(blocker, 'hushlink', 'config.json'))).rejects.toMatchObject({
      code: 'io',
    });
  });
});
