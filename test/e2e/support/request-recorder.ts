import type { BrowserContext, Request } from 'playwright-core';

/** One request as the browser sent it: everything that could carry a secret to the network. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Every request of a browser context (all its pages, scripts and subresources), in the order they were sent. */
export interface RequestRecorder {
  /** Waits for the headers of every request seen so far and returns them all. */
  requests(): Promise<RecordedRequest[]>;
}

/** Starts recording every request `context` sends, including the headers Chromium adds (`allHeaders`). */
export function recordRequests(context: BrowserContext): RequestRecorder {
  const pending: Promise<RecordedRequest>[] = [];
  context.on('request', (request: Request) => {
    const record = (headers: Record<string, string>): RecordedRequest => ({
      method: request.method(),
      url: request.url(),
      headers,
      body: request.postData() ?? '',
    });
    // allHeaders() fails for a request still in flight when its context closes; the provisional headers remain.
    pending.push(request.allHeaders().then(record, () => record(request.headers())));
  });
  return { requests: () => Promise.all(pending) };
}

/** A string that must not leave the browser, and the one place it is allowed to appear, if any. */
export interface Secret {
  name: string;
  value: string;
  /** True for the request and header where this value belongs (e.g. the manage token in the DELETE's bearer). */
  allowedIn?: (request: RecordedRequest, headerName: string | null) => boolean;
}

/**
 * Every place a secret appears in the recorded requests, as readable sentences; an empty list means none leaked.
 * Looks in the URL, every header name and value, and the body.
 */
export function findLeaks(requests: readonly RecordedRequest[], secrets: readonly Secret[]): string[] {
  const leaks: string[] = [];
  for (const request of requests) {
    const where = `${request.method} ${request.url}`;
    for (const secret of secrets) {
      const allowed = (header: string | null) => secret.allowedIn?.(request, header) ?? false;
      if (request.url.includes(secret.value) && !allowed(null))
        leaks.push(`${secret.name} in the URL of ${where}`);
      if (request.body.includes(secret.value) && !allowed(null))
        leaks.push(`${secret.name} in the body of ${where}`);
      for (const [name, value] of Object.entries(request.headers)) {
        if ((name.includes(secret.value) || value.includes(secret.value)) && !allowed(name.toLowerCase())) {
          leaks.push(`${secret.name} in header ${name} of ${where}`);
        }
      }
    }
  }
  return leaks;
}

/** The API requests among `requests` (path under `/api/`), as `METHOD /path` for readable assertions. */
export function apiCalls(requests: readonly RecordedRequest[]): string[] {
  return requests
    .map((request) => ({ method: request.method, path: new URL(request.url).pathname }))
    .filter((call) => call.path.startsWith('/api/'))
    .map((call) => `${call.method} ${call.path}`);
}
