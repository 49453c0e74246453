// Template functions carry their Go parameter types, because text/template checks and converts
// arguments by type (constants become ints or floats, a float64 is refused where an int is wanted).
import type { GoValue } from './values.js';

/** Go parameter types a template function can declare. `reflect` is reflect.Value (sees "no value"); `semver` is *semver.Version. */
export type ParamType = 'any' | 'string' | 'int' | 'float64' | 'bool' | 'list' | 'map' | 'reflect' | 'semver';

export interface GoFunction {
  params: ParamType[];
  /** Element type of a final variadic parameter. */
  variadic?: ParamType;
  call: (...args: GoValue[]) => GoValue;
}

export type FuncMap = Record<string, GoFunction>;

/** An error a function returns (Go's second result); execution reports `error calling <name>: <msg>`. */
export class FuncError extends Error {}

export function fn(params: ParamType[], call: (...args: never[]) => GoValue, variadic?: ParamType): GoFunction {
  return { params, call: call as (...args: GoValue[]) => GoValue, variadic };
}

export const GO_TYPE_NAMES: Record<ParamType, string> = {
  any: 'interface {}',
  string: 'string',
  int: 'int',
  float64: 'float64',
  bool: 'bool',
  list: '[]interface {}',
  map: 'map[string]interface {}',
  reflect: 'reflect.Value',
  semver: '*semver.Version',
};
