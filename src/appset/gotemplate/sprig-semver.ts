// Sprig semver/semverCompare with Masterminds/semver v3 rules: loose versions (`v1`, `1.2`), wildcards,
// `~` and `^` ranges, hyphen ranges, `,`/space AND and `||` OR; prerelease versions only satisfy
// constraints that themselves name a prerelease.
import { fn, FuncError, type FuncMap } from './funcs.js';
import { GoInt64, GoObject, type GoMethod, type GoValue } from './values.js';

interface Version {
  major: number;
  minor: number;
  patch: number;
  pre: string;
  meta: string;
  original: string;
}

const VERSION_RE = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

export function parseVersion(s: string): Version {
  const m = VERSION_RE.exec(s);
  if (!m) throw new FuncError('invalid semantic version');
  return {
    major: Number(m[1]),
    minor: m[2] ? Number(m[2].slice(1)) : 0,
    patch: m[3] ? Number(m[3].slice(1)) : 0,
    pre: m[5] ?? '',
    meta: m[8] ?? '',
    original: s,
  };
}

function comparePre(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (i >= pa.length) return -1;
    if (i >= pb.length) return 1;
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) < Number(y) ? -1 : 1;
    if (nx) return -1;
    if (ny) return 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

export function compareVersions(a: Version, b: Version): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePre(a.pre, b.pre);
}

interface Constraint {
  op: string;
  v: Version;
  /** How many of major/minor/patch were given without a wildcard. */
  fixed: number;
}

const WILD = /^[xX*]$/;

function parseConstraint(raw: string): Constraint {
  const m = /^\s*(=>|=<|~>|!=|>=|<=|=|>|<|~|\^)?\s*(.*)$/.exec(raw)!;
  const op = m[1] === '=>' ? '>=' : m[1] === '=<' ? '<=' : m[1] === '~>' ? '~' : (m[1] ?? '');
  const ver = m[2].replace(/^v/, '');
  const [core, ...rest] = ver.split(/(?=[-+])/);
  const parts = core.split('.');
  if (parts.length > 3 || parts.some((p) => !(WILD.test(p) || /^\d+$/.test(p)))) throw new FuncError(`improper constraint: ${raw.trim()}`);
  let fixed = 0;
  while (fixed < parts.length && !WILD.test(parts[fixed])) fixed++;
  const nums = [0, 1, 2].map((i) => (i < fixed ? Number(parts[i]) : 0));
  const v = parseVersion(`${nums.join('.')}${rest.join('')}`);
  return { op, v, fixed };
}

function check(c: Constraint, v: Version): boolean {
  if (v.pre !== '' && c.v.pre === '') return false;
  const cmp = compareVersions(v, c.v);
  const dirty = c.fixed < 3;
  switch (c.op) {
    case '':
    case '=':
      if (!dirty) return cmp === 0;
      return inPrefix(c, v);
    case '!=':
      return dirty ? !inPrefix(c, v) : cmp !== 0;
    case '>':
      if (!dirty) return cmp > 0;
      if (c.fixed === 0) return false;
      if (c.fixed === 1) return v.major > c.v.major;
      return v.major > c.v.major || (v.major === c.v.major && v.minor > c.v.minor);
    case '<':
      return cmp < 0;
    case '>=':
      return cmp >= 0;
    case '<=':
      if (!dirty) return cmp <= 0;
      if (c.fixed === 0) return true;
      if (c.fixed === 1) return v.major <= c.v.major;
      return v.major < c.v.major || (v.major === c.v.major && v.minor <= c.v.minor);
    case '~':
      if (cmp < 0) return false;
      if (v.major !== c.v.major && c.fixed > 0) return false;
      if (c.fixed >= 2 && v.minor !== c.v.minor) return false;
      return true;
    case '^': {
      if (cmp < 0) return false;
      if (c.v.major > 0 || c.fixed === 1) return v.major === c.v.major;
      if (c.fixed === 0) return true;
      if (c.v.minor > 0 || c.fixed === 2) return v.major === 0 && v.minor === c.v.minor;
      return v.major === 0 && v.minor === 0 && v.patch === c.v.patch;
    }
  }
  return false;
}

function inPrefix(c: Constraint, v: Version): boolean {
  if (c.fixed >= 1 && v.major !== c.v.major) return false;
  if (c.fixed >= 2 && v.minor !== c.v.minor) return false;
  return true;
}

/** Constraint groups: OR of AND lists. */
function parseConstraints(s: string): Constraint[][] {
  return s.split('||').map((group) => {
    // Masterminds names the whole `||` segment that does not parse, spaces and all.
    const improper = new FuncError(`improper constraint: ${group}`);
    const g = group.trim().replace(/(\S+)\s+-\s+(\S+)/g, '>=$1 <=$2');
    const items = g
      .replace(/([=<>~^!]+)\s+/g, '$1')
      .split(/[\s,]+/)
      .filter(Boolean);
    if (items.length === 0) throw improper;
    try {
      return items.map(parseConstraint);
    } catch {
      throw improper;
    }
  });
}

export function semverCompare(constraint: string, version: string): boolean {
  const groups = parseConstraints(constraint);
  const v = parseVersion(version);
  return groups.some((g) => g.every((c) => check(c, v)));
}

function versionString(v: Version): string {
  return `${v.major}.${v.minor}.${v.patch}${v.pre ? `-${v.pre}` : ''}${v.meta ? `+${v.meta}` : ''}`;
}

/** A copy of `v` with its `original` rewritten as Masterminds' Inc* functions do (keeping a `v` prefix). */
function next(v: Version, change: Partial<Version>): Version {
  const n = { ...v, ...change };
  return { ...n, original: (v.original.startsWith('v') ? 'v' : '') + versionString(n) };
}

/**
 * Masterminds/semver v3's Version: `semver` gives a `*semver.Version`, whose pointer methods (Compare,
 * LessThan, Equal...) take another `*semver.Version`; IncMajor/IncMinor/IncPatch give a `semver.Version`
 * value, which has only the value methods (a function result is not addressable in text/template).
 */
function versionObject(v: Version, pointer: boolean): GoObject {
  const u = (n: number) => new GoInt64(BigInt(n), 'uint64');
  // text/template has checked the argument's type (`semver` parameters).
  const cmp = (o: GoValue) => compareVersions(v, VERSIONS.get(o as GoObject)!);
  const m = (params: GoMethod['params'], call: (...a: GoValue[]) => GoValue): GoMethod => ({ params, call });
  const methods: Record<string, GoMethod> = {
    String: m([], () => versionString(v)),
    Major: m([], () => u(v.major)),
    Minor: m([], () => u(v.minor)),
    Patch: m([], () => u(v.patch)),
    Prerelease: m([], () => v.pre),
    Metadata: m([], () => v.meta),
    IncPatch: m([], () => versionObject(v.pre ? next(v, { pre: '', meta: '' }) : next(v, { pre: '', meta: '', patch: v.patch + 1 }), false)),
    IncMinor: m([], () => versionObject(next(v, { pre: '', meta: '', patch: 0, minor: v.minor + 1 }), false)),
    IncMajor: m([], () => versionObject(next(v, { pre: '', meta: '', patch: 0, minor: 0, major: v.major + 1 }), false)),
  };
  if (pointer) {
    Object.assign(methods, {
      Original: m([], () => v.original),
      Compare: m(['semver'], (o) => BigInt(Math.sign(cmp(o)))),
      Equal: m(['semver'], (o) => cmp(o) === 0),
      LessThan: m(['semver'], (o) => cmp(o) < 0),
      LessThanEqual: m(['semver'], (o) => cmp(o) <= 0),
      GreaterThan: m(['semver'], (o) => cmp(o) > 0),
      GreaterThanEqual: m(['semver'], (o) => cmp(o) >= 0),
    });
  }
  const obj = new GoObject(pointer ? '*semver.Version' : 'semver.Version', pointer ? 'ptr' : 'struct', methods, () => versionString(v));
  VERSIONS.set(obj, v);
  return obj;
}

const VERSIONS = new WeakMap<GoObject, Version>();

function semver(s: string): GoObject {
  return versionObject(parseVersion(s), true);
}

export const SEMVER_FUNCS: FuncMap = {
  semver: fn(['string'], semver),
  semverCompare: fn(['string', 'string'], semverCompare),
};
