// Sprig semver/semverCompare, on Masterminds/semver v3 (semver/masterminds.ts).
import { compareVersions, parseConstraints, parseVersion as parse, satisfies, SemverError, type Version } from '../../semver/masterminds.js';
import { fn, FuncError, type FuncMap } from './funcs.js';
import { GoInt64, GoObject, type GoMethod, type GoValue } from './values.js';

/** Masterminds' errors are the function's (Go's second result). */
function funcErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    throw err instanceof SemverError ? new FuncError(err.message) : err;
  }
}

function parseVersion(s: string): Version {
  return funcErrors(() => parse(s));
}

function semverCompare(constraint: string, version: string): boolean {
  return funcErrors(() => satisfies(parseConstraints(constraint), parse(version)));
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
