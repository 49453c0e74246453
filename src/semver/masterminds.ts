// Masterminds/semver v3 (as Sprig and Argo CD use it): loose versions (`v1`, `1.2`), wildcards, `~` and
// `^` ranges, hyphen ranges, `,`/space AND and `||` OR; prerelease versions only satisfy constraints
// that themselves name a prerelease. Used by the Sprig semver functions and git tag resolution.

/** A version or constraint that does not parse, with Masterminds' message. */
export class SemverError extends Error {}

export interface Version {
  major: number;
  minor: number;
  patch: number;
  pre: string;
  meta: string;
  original: string;
}

const VERSION_RE = /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(-([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?(\+([0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*))?$/;

const MAX_UINT64 = 2n ** 64n - 1n;

/** NewVersion (coercing, the default): the loose pattern, then Go's uint64 segments and the prerelease's rules. */
export function parseVersion(s: string): Version {
  const m = VERSION_RE.exec(s);
  if (!m) throw new SemverError('invalid semantic version');
  for (const digits of [m[1], m[2]?.slice(1), m[3]?.slice(1)]) {
    if (digits !== undefined && BigInt(digits) > MAX_UINT64) {
      throw new SemverError(`error parsing version segment: strconv.ParseUint: parsing ${JSON.stringify(digits)}: value out of range`);
    }
  }
  // validatePrerelease: a numeric identifier has no leading zero (the pattern allows nothing else amiss).
  if (m[5] && m[5].split('.').some((p) => /^0\d+$/.test(p))) throw new SemverError('version segment starts with 0');
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
const PARSER_ERROR = 'constraint parser error';

function parseConstraint(raw: string): Constraint {
  const m = /^\s*(=>|=<|~>|!=|>=|<=|=|>|<|~|\^)?\s*(.*)$/.exec(raw)!;
  const op = m[1] === '=>' ? '>=' : m[1] === '=<' ? '<=' : m[1] === '~>' ? '~' : (m[1] ?? '');
  const ver = m[2].replace(/^v/, '');
  const [core, ...rest] = ver.split(/(?=[-+])/);
  const parts = core.split('.');
  if (parts.length > 3 || parts.some((p) => !(WILD.test(p) || /^\d+$/.test(p)))) throw new SemverError(`improper constraint: ${raw.trim()}`);
  let fixed = 0;
  while (fixed < parts.length && !WILD.test(parts[fixed])) fixed++;
  const nums = [0, 1, 2].map((i) => (i < fixed ? Number(parts[i]) : 0));
  let v: Version;
  try {
    v = parseVersion(`${nums.join('.')}${rest.join('')}`);
  } catch {
    // The constraint's shape was fine, its version is not (a leading zero, a segment beyond uint64).
    throw new SemverError(PARSER_ERROR);
  }
  return { op, v, fixed };
}

/**
 * One constraint, as Masterminds v3.4.0's constraint functions decide it (a `x`/`*` segment makes the
 * constraint dirty: minorDirty for `1.x`, patchDirty for `1.2.x`, neither for `*`). `includePre`: the
 * constraint's group names a prerelease somewhere, so prerelease versions may match.
 */
function check(c: Constraint, v: Version, includePre: boolean): boolean {
  if (v.pre !== '' && !includePre) return false;
  const con = c.v;
  const cmp = compareVersions(v, con);
  const dirty = c.fixed < 3;
  const minorDirty = c.fixed === 1;
  const patchDirty = c.fixed === 2;
  switch (c.op) {
    case '':
    case '=':
      return dirty ? tilde(c, v) : cmp === 0;
    case '~':
      return tilde(c, v);
    case '!=':
      if (dirty) {
        if (con.major !== v.major) return true;
        if (con.minor !== v.minor && !minorDirty) return true;
        if (minorDirty) return false;
        if (con.patch !== v.patch && !patchDirty) return true;
        if (patchDirty) return (v.pre !== '' || con.pre !== '') && comparePre(v.pre, con.pre) !== 0;
      }
      return cmp !== 0;
    case '>':
      if (!dirty) return cmp > 0;
      if (v.major !== con.major) return v.major > con.major;
      if (minorDirty) return false;
      if (patchDirty) return v.minor > con.minor;
      return cmp > 0;
    case '<':
      return cmp < 0;
    case '>=':
      return cmp >= 0;
    case '<=':
      if (!dirty) return cmp <= 0;
      if (v.major > con.major) return false;
      return !(v.major === con.major && v.minor > con.minor && !minorDirty);
    case '^':
      if (cmp < 0) return false;
      if (con.major > 0 || minorDirty) return v.major === con.major;
      if (v.major > 0) return false;
      if (con.minor > 0 || patchDirty) return v.minor === con.minor;
      if (v.minor > 0) return false;
      return con.patch === v.patch;
  }
  return false;
}

/** constraintTilde: at least the constraint, within its major (and minor, unless that is a wildcard); `~0.0.0` and `*` accept all. */
function tilde(c: Constraint, v: Version): boolean {
  const con = c.v;
  if (compareVersions(v, con) < 0) return false;
  if (con.major === 0 && con.minor === 0 && con.patch === 0 && c.fixed !== 1 && c.fixed !== 2) return true;
  if (v.major !== con.major) return false;
  return !(v.minor !== con.minor && c.fixed !== 1);
}

/** Constraint groups: OR of AND lists. */
export type Constraints = Constraint[][];

/** Whether `v` satisfies one of the groups, every constraint of it. */
export function satisfies(groups: Constraints, v: Version): boolean {
  return groups.some((g) => {
    const includePre = g.some((c) => c.v.pre !== '');
    return g.every((c) => check(c, v, includePre));
  });
}

export function parseConstraints(s: string): Constraints {
  return s.split('||').map((group) => {
    // Masterminds names the whole `||` segment that does not parse, spaces and all.
    const improper = new SemverError(`improper constraint: ${group}`);
    const g = group.trim().replace(/(\S+)\s+-\s+(\S+)/g, '>=$1 <=$2');
    const items = g
      .replace(/([=<>~^!]+)\s+/g, '$1')
      .split(/[\s,]+/)
      .filter(Boolean);
    if (items.length === 0) throw improper;
    try {
      return items.map(parseConstraint);
    } catch (err) {
      throw (err as Error).message === PARSER_ERROR ? err : improper;
    }
  });
}
