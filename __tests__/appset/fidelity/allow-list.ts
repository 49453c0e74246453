// Where gitops-sync's template engine may differ from Argo CD's, in one place. `deliberate` entries
// are explained in docs/appset.md; the others are known gaps still to close (issue 14), listed so the
// differential suite fails on any new difference. An entry that no longer matches a difference fails
// the suite too, so the list only shrinks.
import type { Outcome, TemplateCase } from './reference.js';

export interface AllowedDifference {
  id: string;
  deliberate: boolean;
  why: string;
  /** Matches the template text. */
  template: RegExp;
  /** Matches the template and Argo CD's outcome (as JSON), when only some outcomes are allowed. */
  reference?: RegExp;
}

export const ALLOWED: AllowedDifference[] = [
  { id: 'pointer-address', deliberate: true, why: '%p prints a memory address', template: /%p/ },
  { id: 'map-iteration-order', deliberate: true, why: 'Sprig keys/values follow Go map order, which is random; here it is sorted', template: /\b(keys|values)\b/ },
  {
    id: 'secret-material',
    deliberate: true,
    why: 'Sprig crypto functions (keys, certificates, password hashes, AES) are not provided: secret material has no place in a PR preview',
    template: /\b(genPrivateKey|bcrypt|htpasswd|derivePassword|encryptAES|decryptAES|genCA|genSelfSignedCert|genSignedCert|buildCustomCert)\b/,
  },
  { id: 'bad-option', deliberate: true, why: 'an unknown goTemplateOptions entry panics in Argo CD; here it is a clear error', template: /./, reference: /"panic: unrecognized option/ },
  { id: 'wall-clock', deliberate: true, why: 'Sprig date of anything but a time or an integer prints the current time', template: /\bdate\b/ },
  // Known gaps (not deliberate).
  {
    id: 'yaml-syntax-errors',
    deliberate: false,
    why: "YAML syntax errors use the yaml library's wording (and always name a line)",
    template: /\bfromYaml(Array)?\b/,
    reference: /error converting YAML to JSON: yaml: /,
  },
  { id: 'binary-strings', deliberate: false, why: 'Go strings are bytes; decoded base64/base32 that is not UTF-8 cannot be held in a JavaScript string', template: /\b(b64dec|b32dec)\b/ },
  { id: 'error-texts', deliberate: false, why: 'JSON and URL parse errors use JavaScript wording', template: /\b(mustFromJson "bad"|urlParse "::bad")/ },
];

export function allowedFor(c: TemplateCase, reference: Outcome): AllowedDifference | undefined {
  const ref = JSON.stringify(reference);
  return ALLOWED.find((a) => a.template.test(c.t) && (!a.reference || a.reference.test(`${c.t}\n${ref}`)));
}
