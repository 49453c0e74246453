// The last line of defence against a rendering hole: every value registered as secret (tokens,
// passwords, kubeconfig credentials, exec-plugin credentials) is replaced by `***` in every text that
// leaves the process. GitHub masks registered secrets in logs only; a PR comment, job summary,
// output or file is ours to clean. A hostile render may also print a secret in an encoded form, so
// the cheap encodings it could produce are registered with it.

/** What GitHub prints for a masked value, and so do we. */
export const MASK = '***';

/**
 * Values (and encoded forms) shorter than this are not registered: masking a two- or three-letter
 * value ("dev", "v1", a digit) would mangle every diff that happens to contain it, and a
 * credential that short is no secret anyway.
 */
export const MIN_SECRET_LENGTH = 4;

/** Encoded forms shorter than this would match unrelated text by chance. */
const MIN_FORM_LENGTH = 6;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The characters of base64(x + value + y) that depend on `value` alone, for each of the three
 * byte alignments `value` can start at (x of 0, 1 or 2 bytes), in standard and URL alphabets.
 */
function base64Forms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const out: string[] = [];
  for (const pad of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(pad), bytes]).toString('base64');
    // Character i carries bits [6i, 6i+6): keep those that lie within the value's bits.
    const start = Math.ceil((pad * 8) / 6);
    const end = Math.floor(((pad + bytes.length) * 8) / 6);
    const fragment = encoded.slice(start, end);
    out.push(fragment, fragment.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return out;
}

/** The value, each of its lines, and their JSON-escaped, URL-encoded and base64 forms. */
export function secretForms(value: string): string[] {
  const trimmed = value.trim();
  if (trimmed.length < MIN_SECRET_LENGTH) return [];
  // Logs and diffs are read line by line, so each line of a multi-line secret (a PEM) counts alone.
  const lines = trimmed.includes('\n') ? trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length >= MIN_SECRET_LENGTH) : [];
  const forms = new Set<string>();
  for (const v of [trimmed, ...lines]) {
    forms.add(v);
    const encoded = [JSON.stringify(v).slice(1, -1), encodeURIComponent(v), ...base64Forms(v)];
    for (const f of encoded) if (f.length >= MIN_FORM_LENGTH) forms.add(f);
  }
  return [...forms].filter((f) => f.length >= MIN_SECRET_LENGTH);
}

export class Redactor {
  private readonly values = new Set<string>();
  private readonly forms = new Set<string>();
  private readonly listeners: ((value: string) => void)[] = [];
  private pattern?: RegExp;

  /** Registers a secret; returns false when it is too short to register or already known. */
  register(value: string | undefined | null): boolean {
    if (typeof value !== 'string' || this.values.has(value)) return false;
    const forms = secretForms(value);
    if (forms.length === 0) return false;
    this.values.add(value);
    for (const f of forms) this.forms.add(f);
    this.pattern = undefined;
    for (const l of this.listeners) l(value);
    return true;
  }

  /** Calls `listener` with every value registered from now on (the action forwards them to the runner). */
  onRegister(listener: (value: string) => void): void {
    this.listeners.push(listener);
  }

  redact(text: string): string {
    if (this.forms.size === 0 || !text) return text;
    // Longest first, so a secret that contains another one is masked whole.
    this.pattern ??= new RegExp([...this.forms].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|'), 'g');
    return text.replace(this.pattern, MASK);
  }

  /** Every string inside a JSON-like value, redacted (keys included). */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v)) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [this.redact(k), this.redactDeep(v)])) as T;
    }
    return value;
  }
}

/**
 * The process's registry. One per process like GitHub's own masker: a credential registered
 * anywhere (an input, a kubeconfig, an exec plugin's answer) is masked in every channel.
 */
export const secrets = new Redactor();
