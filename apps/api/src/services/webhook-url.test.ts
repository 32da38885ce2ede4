import { describe, expect, it } from 'vitest';
import { ApiError } from '../errors.ts';
import { checkWebhookUrl } from './webhook-url.ts';

const WORKERS = { allowPrivate: false };
const NODE = { allowPrivate: true };

function refusal(url: string, rules: { allowPrivate: boolean }): string | null {
  try {
    checkWebhookUrl(url, rules);
    return null;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    expect(error).toMatchObject({ code: 'invalid_request', status: 400 });
    expect(error.message).toMatch(/^Invalid url: /);
    return error.message;
  }
}

describe('checkWebhookUrl', () => {
  it('takes https to a public name or address in both runtimes, as the URL parser writes it', () => {
    for (const rules of [WORKERS, NODE]) {
      expect(checkWebhookUrl('https://SIEM.Example.com/hook?token=a', rules)).toBe(
        'https://siem.example.com/hook?token=a',
      );
      expect(checkWebhookUrl('https://8.8.8.8/hook', rules)).toBe('https://8.8.8.8/hook');
      expect(checkWebhookUrl('https://[2606:4700::1111]/hook', rules)).toBe('https://[2606:4700::1111]/hook');
    }
  });

  it('refuses on Workers every literal address outside public unicast, however it is written, and localhost', () => {
    const inside = [
      'https://10.1.2.3/',
      'https://172.16.0.1/',
      'https://192.168.0.10/',
      'https://127.0.0.1/',
      'https://127.1/', // the parser reads it as 127.0.0.1
      'https://0x7f.1/',
      'https://2130706433/',
      'https://0.0.0.0/',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/',
      'https://[::1]/',
      'https://[::]/',
      'https://[fe80::1]/',
      'https://[fd00::5]/',
      'https://[::ffff:10.0.0.1]/',
      'https://[::ffff:7f00:1]/',
      'https://localhost/',
      'https://api.localhost/',
    ];
    for (const url of inside) {
      expect(refusal(url, WORKERS), url).toMatch(/public addresses|localhost/);
      expect(refusal(url, NODE), url).toBeNull();
    }
  });

  it('takes http only to this machine and only on Node; never a user name or password', () => {
    for (const url of ['http://127.0.0.1:8080/hook', 'http://localhost:9000/hook', 'http://[::1]:9000/']) {
      expect(refusal(url, NODE), url).toBeNull();
      expect(refusal(url, WORKERS), url).toMatch(/https/);
    }
    for (const url of ['http://10.1.2.3/hook', 'http://siem.example.com/hook']) {
      expect(refusal(url, NODE), url).toMatch(/https/);
      expect(refusal(url, WORKERS), url).toMatch(/https/);
    }
    for (const rules of [WORKERS, NODE]) {
      expect(refusal('https://user:pw@siem.example.com/', rules)).toMatch(/user name and password/);
      expect(refusal('https://user@siem.example.com/', rules)).toMatch(/user name and password/);
    }
  });
});
