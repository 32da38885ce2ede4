import { beforeAll, describe, expect, it } from 'vitest';
import { as, invite, makeTeam, type Person, postAs, randomIp, register } from '../../test/accounts.ts';

/**
 * Every free-text field a client sends refuses control characters with a 400 naming the field, on every route
 * that takes one (`plainText` in packages/protocol), and takes ordinary Unicode text.
 */

/** The characters each field must refuse, by name. */
const REFUSED: readonly [name: string, character: string][] = [
  ['CR', '\r'],
  ['LF', '\n'],
  ['NUL', '\u0000'],
  ['NEXT LINE (U+0085)', '\u0085'],
  ['LINE SEPARATOR (U+2028)', '\u2028'],
  ['RIGHT-TO-LEFT OVERRIDE (U+202E)', '\u202E'],
];

/** Names people have, which each free-text field (not the handle, which is ASCII by design) takes as they are. */
const ORDINARY = ['Zoë Ångström', '李雷', 'Ada 👩‍💻 Lovelace', '🙂'];

interface Body {
  error: { code: string; message: string };
}

interface Field {
  /** The name the error message gives the field. */
  field: string;
  route: string;
  /** Line feeds allowed (a note); every other control character is refused. */
  lines?: boolean;
  /** Ordinary values the field takes; the first, with a refused character in it, is what is refused. */
  values: readonly string[];
  send(value: string): Promise<Response>;
  /** Checks the answer to an ordinary value: accepted, or refused for a reason that is not this field. */
  accepted(response: Response): Promise<void>;
}

let team: Awaited<ReturnType<typeof makeTeam>>;
/** A member whose passkey has a sealing key, so that a request for a secret can be created. */
let asker: Person;
let passkeyId: string;
let counter = 0;

beforeAll(async () => {
  team = await makeTeam('plain');
  asker = await register('plain-asker', await invite(team.admin, 'member'), { prf: true });
  const me = (await (await as(team.member, '/api/me')).json()) as { passkeys: { id: string }[] };
  passkeyId = me.passkeys[0]?.id ?? '';
});

function signedOut(path: string, body: unknown): Promise<Response> {
  return postAs({ cookie: '', ip: randomIp() }, path, body);
}

async function expectOk(response: Response, status: number): Promise<void> {
  expect(response.status, await response.clone().text()).toBe(status);
  await response.body?.cancel();
}

/** Not refused by validation: the route went on (to a WebAuthn check, a step-up, ...). */
async function expectPastValidation(response: Response): Promise<void> {
  const text = await response.text();
  expect(text).not.toContain('invalid_request');
}

const FIELDS: readonly Field[] = [
  {
    field: 'name',
    route: 'POST /api/auth/register/options (the handle)',
    values: ['zoe-angstrom'],
    send: async (value) =>
      signedOut('/api/auth/register/options', {
        name: value.includes('zoe-angstrom') ? value.replace('zoe-angstrom', `zoe-${++counter}`) : value,
        inviteToken: await invite(team.admin, 'guest'),
      }),
    accepted: (response) => expectOk(response, 200),
  },
  {
    field: 'displayName',
    route: 'POST /api/auth/register/options',
    values: ORDINARY,
    send: async (value) =>
      signedOut('/api/auth/register/options', {
        name: `plain-${++counter}`,
        displayName: value,
        inviteToken: await invite(team.admin, 'guest'),
      }),
    accepted: (response) => expectOk(response, 200),
  },
  {
    field: 'passkeyName',
    route: 'POST /api/auth/register/verify',
    values: ORDINARY,
    send: (value) =>
      postAs(team.member, '/api/auth/register/verify', {
        challengeId: 'A'.repeat(22),
        response: { id: 'AAAA', rawId: 'AAAA', type: 'public-key', response: {} },
        passkeyName: value,
      }),
    accepted: expectPastValidation,
  },
  {
    field: 'name',
    route: 'PATCH /api/me/passkeys/:id',
    values: ORDINARY,
    send: (value) =>
      as(team.member, `/api/me/passkeys/${passkeyId}`, {
        method: 'PATCH',
        body: JSON.stringify({ name: value }),
      }),
    accepted: (response) => expectOk(response, 200),
  },
  {
    field: 'name',
    route: 'POST /api/me/tokens',
    values: ORDINARY,
    send: (value) => postAs(team.member, '/api/me/tokens', { name: value }),
    accepted: expectPastValidation,
  },
  {
    field: 'note',
    route: 'POST /api/requests',
    lines: true,
    values: [...ORDINARY, 'the staging password\nfor the billing DB, please'],
    send: (value) => postAs(asker, '/api/requests', { note: value, expiresIn: 3600 }),
    accepted: (response) => expectOk(response, 201),
  },
  {
    field: 'q',
    route: 'GET /api/users?q=',
    values: ORDINARY,
    send: (value) => as(team.member, `/api/users?q=${encodeURIComponent(value)}`),
    accepted: (response) => expectOk(response, 200),
  },
];

describe.each(FIELDS)('$field of $route', (field) => {
  const refused = REFUSED.filter(([, character]) => !(field.lines && character === '\n'));
  const message = field.lines
    ? `Invalid ${field.field}: control characters (other than line breaks) are not allowed.`
    : `Invalid ${field.field}: control characters (such as line breaks) are not allowed.`;

  it.each(refused)('refuses %s with a 400 naming the field', async (_, character) => {
    for (const value of [
      `${field.values[0]?.slice(0, 3)}${character}${field.values[0]?.slice(3)}`,
      `${field.values[0]}${character}`,
    ]) {
      const response = await field.send(value);
      expect(response.status).toBe(400);
      expect(((await response.json()) as Body).error).toEqual({ code: 'invalid_request', message });
    }
  });

  it('takes ordinary Unicode text', async () => {
    for (const value of field.values) await field.accepted(await field.send(value));
  });
});
