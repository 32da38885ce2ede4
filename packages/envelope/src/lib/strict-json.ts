/**
 * A JSON parser (RFC 8259) that also enforces I-JSON (RFC 7493) as the metadata needs it: a duplicate key in an
 * object, a string holding a lone surrogate (possible only through a `\u` escape, since the text was decoded from
 * strict UTF-8), or a number written with a fraction or an exponent (`1.0`, `1e0`) or as `-0` makes it return
 * undefined, where `JSON.parse` would let the last key win, keep the surrogate and read `1.0` as 1. Nesting is
 * capped, so no input can exhaust the stack. Returns undefined for anything that is not such JSON.
 */
export function parseStrictJson(text: string): unknown {
  const parser = new Parser(text);
  try {
    parser.space();
    const value = parser.value(0);
    parser.space();
    return parser.at === text.length ? value : undefined;
  } catch (error) {
    if (error === REFUSED) return undefined;
    throw error;
  }
}

/** Levels of nesting allowed: more than metadata ever has (an object in an array in an object), far below any stack limit. */
const MAX_DEPTH = 8;

const REFUSED = Symbol('refused');
const INTEGER = /-?(?:0|[1-9][0-9]*)/y;
const NUMBER_TAIL = /[.eE]/y;
// JSON forbids raw control characters in strings (RFC 8259 §7): they must be escaped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what this excludes.
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const HEX4 = /[0-9a-fA-F]{4}/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

class Parser {
  at = 0;

  constructor(private readonly text: string) {}

  space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text.charAt(this.at))) this.at++;
  }

  value(depth: number): unknown {
    if (depth >= MAX_DEPTH) throw REFUSED;
    const c = this.text.charAt(this.at);
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    return this.number();
  }

  object(depth: number): Record<string, unknown> {
    this.at++;
    const out: Record<string, unknown> = Object.create(null);
    const keys = new Set<string>();
    this.space();
    if (this.eat('}')) return out;
    do {
      this.space();
      if (this.text.charAt(this.at) !== '"') throw REFUSED;
      const key = this.string();
      if (keys.has(key)) throw REFUSED;
      keys.add(key);
      this.space();
      if (!this.eat(':')) throw REFUSED;
      this.space();
      out[key] = this.value(depth + 1);
      this.space();
    } while (this.eat(','));
    if (!this.eat('}')) throw REFUSED;
    return out;
  }

  array(depth: number): unknown[] {
    this.at++;
    const out: unknown[] = [];
    this.space();
    if (this.eat(']')) return out;
    do {
      this.space();
      out.push(this.value(depth + 1));
      this.space();
    } while (this.eat(','));
    if (!this.eat(']')) throw REFUSED;
    return out;
  }

  string(): string {
    this.at++;
    let out = '';
    for (;;) {
      out += this.match(PLAIN) ?? '';
      const c = this.text.charAt(this.at++);
      if (c === '"') break;
      if (c !== '\\') throw REFUSED;
      const e = this.text.charAt(this.at++);
      if (e === 'u') {
        const hex = this.match(HEX4);
        if (hex === undefined) throw REFUSED;
        out += String.fromCharCode(Number.parseInt(hex, 16));
      } else {
        const plain = ESCAPES[e];
        if (plain === undefined) throw REFUSED;
        out += plain;
      }
    }
    if (LONE_SURROGATE.test(out)) throw REFUSED;
    return out;
  }

  number(): number {
    const digits = this.match(INTEGER);
    if (digits === undefined || digits === '-0') throw REFUSED;
    // A fraction or an exponent is valid JSON, but not an integer as I-JSON metadata writes it.
    if (this.match(NUMBER_TAIL) !== undefined) throw REFUSED;
    return Number(digits);
  }

  private eat(c: string): boolean {
    if (this.text.charAt(this.at) !== c) return false;
    this.at++;
    return true;
  }

  private match(pattern: RegExp): string | undefined {
    pattern.lastIndex = this.at;
    const found = pattern.exec(this.text);
    if (found === null) return undefined;
    this.at += found[0].length;
    return found[0];
  }
}
