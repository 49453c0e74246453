// The redactor on its own: exact values, each line of a multi-line secret, and the encodings a hostile
// render could wrap a secret in (JSON string escapes, URL encoding, base64 at every byte alignment).
import { describe, expect, it } from '@jest/globals';
import { MASK, Redactor, secretForms } from '../../src/secrets/redact.js';

const TOKEN = 'ghs_S3cr3t+/token"with\\quotes';

function redactorWith(...values: string[]): Redactor {
  const r = new Redactor();
  for (const v of values) r.register(v);
  return r;
}

/** Whether any run of text between masks decodes (at any of the four base64 offsets) to something containing `secret`. */
function base64Leaks(text: string, secret: string): boolean {
  return text.split(MASK).some((segment) =>
    [0, 1, 2, 3].some((offset) => {
      const s = segment.slice(offset).replace(/[^A-Za-z0-9+/_-]/g, '');
      return Buffer.from(s.slice(0, s.length - (s.length % 4)), 'base64').toString('latin1').includes(secret);
    }),
  );
}

describe('Redactor', () => {
  it('masks the exact value wherever it occurs, like GitHub, as ***', () => {
    const r = redactorWith(TOKEN);
    expect(r.redact(`token=${TOKEN}; again ${TOKEN}.`)).toBe('token=***; again ***.');
    expect(r.redact('nothing secret here')).toBe('nothing secret here');
  });

  it('masks the JSON-escaped and URL-encoded forms', () => {
    const r = redactorWith(TOKEN);
    const json = JSON.stringify({ data: { leaked: TOKEN } });
    expect(json).not.toContain(TOKEN);
    expect(r.redact(json)).toBe('{"data":{"leaked":"***"}}');
    expect(r.redact(`https://x.example/?t=${encodeURIComponent(TOKEN)}`)).toBe('https://x.example/?t=***');
  });

  it('masks base64 of the value at each of the three byte alignments, in text around it too', () => {
    const r = redactorWith(TOKEN);
    for (const prefix of ['', 'a', 'ab', 'abc', 'abcd', 'abcde']) {
      for (const url of [false, true]) {
        const encoded = Buffer.from(`${prefix}${TOKEN}!tail`).toString(url ? 'base64url' : 'base64');
        // The detector finds the secret before redaction...
        expect(base64Leaks(encoded, TOKEN)).toBe(true);
        const redacted = r.redact(`data: ${encoded}\n`);
        expect(redacted).toContain(MASK);
        // ...and not after.
        expect(base64Leaks(redacted, TOKEN)).toBe(false);
      }
    }
  });

  it('masks each line of a multi-line secret (a PEM key) on its own, and the whole', () => {
    const pem = '-----BEGIN KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\nBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj\n-----END KEY-----\n';
    const r = redactorWith(pem);
    expect(r.redact(pem)).toBe(`${MASK}\n`);
    expect(r.redact('line: BKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj')).toBe('line: ***');
    expect(r.redact(JSON.stringify(pem))).toBe(`"${MASK}\\n"`);
  });

  it('masks a secret that contains another one whole', () => {
    const r = redactorWith('abcd1234', 'xxabcd1234yy');
    expect(r.redact('xxabcd1234yy and abcd1234')).toBe('*** and ***');
  });

  it('does not register values too short to be credentials, nor empty ones', () => {
    const r = redactorWith('dev', '', '  ', 'v1');
    expect(r.register('ab')).toBe(false);
    expect(r.redact('dev v1 ab')).toBe('dev v1 ab');
    expect(secretForms('abc')).toEqual([]);
  });

  it('redacts every string of a JSON-like value, keys included', () => {
    const r = redactorWith(TOKEN);
    expect(r.redactDeep({ body: `x ${TOKEN}`, n: 7, list: [TOKEN, true], [TOKEN]: null })).toEqual({ body: 'x ***', n: 7, list: ['***', true], '***': null });
  });

  it('tells listeners about each new registration once', () => {
    const r = new Redactor();
    const seen: string[] = [];
    r.onRegister((v) => seen.push(v));
    r.register(TOKEN);
    r.register(TOKEN);
    r.register('ab');
    expect(seen).toEqual([TOKEN]);
  });
});
