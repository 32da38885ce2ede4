import { describe, expect, it } from 'vitest';
import { describeDevice, describeUserAgent } from './user-agent.ts';

// Real user agent strings as the browsers send them (current versions at the time of writing).
const AGENTS = {
  chromeLinux:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  headlessChrome:
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.6778.85 Safari/537.36',
  chromeAndroid:
    'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36',
  chromeIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  firefoxWindows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
  firefoxIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
  safariIphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  safariIpad:
    'Mozilla/5.0 (iPad; CPU OS 17_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.7 Mobile/15E148 Safari/604.1',
  safariMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  edgeWindows:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  operaMac:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36 OPR/115.0.0.0',
  samsungAndroid:
    'Mozilla/5.0 (Linux; Android 14; SAMSUNG SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36',
  chromeOs:
    'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
} as const;

describe('describeDevice', () => {
  it.each([
    ['chromeLinux', 'Chrome on Linux'],
    ['headlessChrome', 'Headless Chrome on Linux'],
    ['chromeAndroid', 'Chrome on Android'],
    ['chromeIphone', 'Chrome on iPhone'],
    ['firefoxWindows', 'Firefox on Windows'],
    ['firefoxIphone', 'Firefox on iPhone'],
    ['safariIphone', 'Safari on iPhone'],
    ['safariIpad', 'Safari on iPad'],
    ['safariMac', 'Safari on macOS'],
    ['edgeWindows', 'Edge on Windows'],
    ['operaMac', 'Opera on macOS'],
    ['samsungAndroid', 'Samsung Internet on Android'],
    ['chromeOs', 'Chrome on ChromeOS'],
  ] as const)('names %s as "%s"', (agent, expected) => {
    expect(describeDevice(AGENTS[agent])).toBe(expected);
  });

  it('shows the start of what it cannot read, and says when there is nothing', () => {
    expect(describeDevice('curl/8.5.0')).toBe('curl/8.5.0');
    expect(describeDevice('hushlink-cli/0.1.0 (node 24.1.0; linux x64) some very long tail')).toBe(
      'hushlink-cli/0.1.0 (node 24.1.0; linux x…',
    );
    expect(describeDevice(null)).toBe('Unknown browser');
    expect(describeDevice('')).toBe('Unknown browser');
  });
});

describe('describeUserAgent', () => {
  it('adds the major version for the audit log', () => {
    expect(describeUserAgent(AGENTS.firefoxWindows)).toBe('Firefox 133 on Windows');
    expect(describeUserAgent(AGENTS.safariIphone)).toBe('Safari 17 on iPhone');
    expect(describeUserAgent(AGENTS.edgeWindows)).toBe('Edge 131 on Windows');
    expect(describeUserAgent(null)).toBe('unknown browser');
  });
});
