import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../config.ts';
import { alertPayload, alertRequest, alertWebhookNotifier } from './alert-webhook.ts';

const AT = Date.parse('2026-12-03T12:00:00Z');
const TEXT = 'Hushlink: 5 failed sign-ins within 10 minutes for IP 192.0.2.7.';

describe('alert webhook payloads', () => {
  it('are Slack text, a Teams Adaptive Card, or generic JSON', () => {
    expect(alertPayload('slack', TEXT, AT)).toEqual({ text: TEXT });
    expect(alertPayload('json', TEXT, AT)).toEqual({
      source: 'hushlink',
      type: 'alert',
      text: TEXT,
      at: '2026-12-03T12:00:00.000Z',
    });
    const teams = alertPayload('teams', TEXT, AT) as {
      type: string;
      attachments: Array<{ contentType: string; content: Record<string, unknown> }>;
    };
    expect(teams.type).toBe('message');
    expect(teams.attachments).toHaveLength(1);
    expect(teams.attachments[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams.attachments[0]?.content).toMatchObject({
      type: 'AdaptiveCard',
      version: '1.4',
      body: expect.arrayContaining([{ type: 'TextBlock', text: TEXT, wrap: true }]),
    });
  });

  it('are signed over t.body when a secret is set, and not otherwise', () => {
    const signed = alertRequest(
      { url: 'https://x.invalid', format: 'json', secret: 'whsec_alerts' },
      TEXT,
      AT,
    );
    const headers = signed.headers as Record<string, string>;
    const t = Math.floor(AT / 1000);
    const mac = createHmac('sha256', 'whsec_alerts')
      .update(`${t}.${String(signed.body)}`)
      .digest('hex');
    expect(headers['Hushlink-Signature']).toBe(`t=${t},v1=${mac}`);
    const unsigned = alertRequest({ url: 'https://x.invalid', format: 'slack', secret: null }, TEXT, AT);
    expect(Object.keys(unsigned.headers as Record<string, string>)).toEqual(['Content-Type']);
  });

  it('are chosen by ALERT_WEBHOOK_FORMAT and ALERT_WEBHOOK_SECRET, Slack by default', () => {
    expect(parseConfig({}).alertWebhook).toBeNull();
    expect(parseConfig({ ALERT_WEBHOOK_URL: 'https://hooks.example/a' }).alertWebhook).toEqual({
      url: 'https://hooks.example/a',
      format: 'slack',
      secret: null,
    });
    expect(
      parseConfig({
        ALERT_WEBHOOK_URL: 'https://hooks.example/a',
        ALERT_WEBHOOK_FORMAT: 'teams',
        ALERT_WEBHOOK_SECRET: 's',
      }).alertWebhook,
    ).toEqual({ url: 'https://hooks.example/a', format: 'teams', secret: 's' });
  });
});

describe.skipIf(navigator.userAgent === 'Cloudflare-Workers')('the alert notifier', () => {
  it('POSTs the configured format, signed, to a receiver', async () => {
    const got = new Promise<{ body: string; signature: string | undefined }>((resolve) => {
      const server = createServer((request, response) => {
        let body = '';
        request.setEncoding('utf8');
        request.on('data', (chunk: string) => {
          body += chunk;
        });
        request.on('end', () => {
          response.end();
          server.close();
          resolve({ body, signature: request.headers['hushlink-signature'] as string | undefined });
        });
      });
      server.listen(0, '127.0.0.1', () => {
        const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/alerts`;
        alertWebhookNotifier({ url, format: 'teams', secret: 'whsec_alerts' }, undefined, () => AT).notify(
          TEXT,
        );
      });
    });
    const { body, signature } = await got;
    expect(JSON.parse(body)).toEqual(alertPayload('teams', TEXT, AT));
    const mac = createHmac('sha256', 'whsec_alerts')
      .update(`${Math.floor(AT / 1000)}.${body}`)
      .digest('hex');
    expect(signature).toBe(`t=${Math.floor(AT / 1000)},v1=${mac}`);
  });
});
