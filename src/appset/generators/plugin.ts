// Plugin generator, as Argo CD v3.6.1 (applicationset/generators/plugin.go, services/plugin): the
// ConfigMap named by `configMapRef` gives the service's `baseUrl`, its `token` (`$secret:key`, or a key of
// argocd-secret) and `requestTimeout`; the generator POSTs `input.parameters` to
// `<baseUrl>/api/v1/getparams.execute` with the token as a bearer token and turns each of
// `output.parameters` into a parameter set. The ConfigMap and Secret are read from the repository.
// `requeueAfterSeconds` (the controller's polling) means nothing to a one-shot run and is ignored.
import { formatV } from '../gotemplate/fmt.js';
import { fromPlain } from '../gotemplate/values.js';
import { appendValues } from '../params.js';
import type { GenContext, Params, PluginGenerator } from '../types.js';
import { findRepoObject } from './repo-objects.js';

const ARGOCD_SECRET = 'argocd-secret';
const DEFAULT_TIMEOUT_S = 30;

/** Argo CD's getConfigMap + getToken: base URL, bearer token and timeout of the plugin service. */
async function pluginService(name: string, ctx: GenContext): Promise<{ baseUrl: string; token: string; timeoutS: number }> {
  const cm = await findRepoObject(ctx.repoRoot, 'ConfigMap', name);
  if (!cm) throw new Error(`error fetching ConfigMap: configmaps "${name}" not found in the repository`);
  const { baseUrl, token: tokenRef, requestTimeout } = cm.data;
  if (!baseUrl) throw new Error(`error fetching ConfigMap: baseUrl not found in ConfigMap (${cm.file}:${cm.line})`);
  if (!tokenRef) throw new Error(`error fetching ConfigMap: token not found in ConfigMap (${cm.file}:${cm.line})`);
  let timeoutS = DEFAULT_TIMEOUT_S;
  if (requestTimeout !== undefined) {
    if (!/^[+-]?\d+$/.test(requestTimeout)) throw new Error(`error set requestTimeout : strconv.Atoi: parsing ${JSON.stringify(requestTimeout)}: invalid syntax`);
    if (Number(requestTimeout) !== 0) timeoutS = Number(requestTimeout);
  }
  if (!tokenRef.startsWith('$')) throw new Error(`error fetching Secret token: token is empty, or does not reference a secret key starting with '$': ${tokenRef}`);
  // ParseSecretKey: `$secret:key`, or a key of argocd-secret.
  const [secretName, key] = tokenRef.includes(':') ? [tokenRef.split(':')[0].slice(1), tokenRef.split(':')[1]] : [ARGOCD_SECRET, tokenRef.slice(1)];
  const secret = await findRepoObject(ctx.repoRoot, 'Secret', secretName);
  if (!secret) throw new Error(`error fetching Secret token: error fetching secret ${secretName}: secrets "${secretName}" not found in the repository`);
  // ReplaceStringSecret: a missing key leaves the reference itself as the token (Argo CD only warns).
  const value = secret.data[key];
  if (value === undefined) ctx.notes.push(`plugin ConfigMap ${name}: key ${key} is not in Secret ${secretName}; Argo CD sends "$${key}" as the token`);
  return { baseUrl, token: value === undefined ? `$${key}` : value.trim(), timeoutS };
}

/** flatten.Flatten(..., DotStyle) with every leaf as fmt's `%v` (goTemplate: false). */
function flatten(value: unknown, prefix: string, out: Params): void {
  if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out[prefix] = formatV(fromPlain(value));
}

async function callPlugin(appSetName: string, service: { baseUrl: string; token: string; timeoutS: number }, parameters: Record<string, unknown> | undefined): Promise<unknown[]> {
  const url = service.baseUrl.replace(/\/?$/, '/') + 'api/v1/getparams.execute';
  const input = parameters && Object.keys(parameters).length > 0 ? { parameters } : {};
  const fail = (m: string) => new Error(`error listing params: error get api '${appSetName}': ${m}`);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${service.token}`, 'User-Agent': 'argocd-applicationset' },
      body: JSON.stringify({ applicationSetName: appSetName, input }) + '\n',
      signal: AbortSignal.timeout(service.timeoutS * 1000),
    });
  } catch (e) {
    throw fail(`Post "${url}": ${(e as Error).message}`);
  }
  const body = await res.text();
  if (res.status < 200 || res.status >= 300) {
    let message = body;
    try {
      const raw = JSON.parse(body) as { message?: unknown; error?: unknown };
      message = typeof raw.message === 'string' ? raw.message : typeof raw.error === 'string' ? raw.error : '';
    } catch {
      // Not JSON: the body itself is the message.
    }
    throw fail(`API error with status code ${res.status}: ${message}`);
  }
  if (body.trim() === '') return [];
  let data: { output?: { parameters?: unknown } };
  try {
    data = JSON.parse(body) as typeof data;
  } catch (e) {
    throw fail(`${(e as Error).message}: ${body}`);
  }
  const list = data?.output?.parameters ?? [];
  if (!Array.isArray(list) || !list.every((p) => typeof p === 'object' && p !== null && !Array.isArray(p))) {
    throw fail(`json: cannot unmarshal output.parameters: want a list of objects: ${body}`);
  }
  return list;
}

export async function pluginParams(gen: PluginGenerator, ctx: GenContext): Promise<Params[]> {
  const name = gen.configMapRef?.name;
  if (typeof name !== 'string' || name === '') throw new Error('plugin.configMapRef.name is required');
  let service;
  try {
    service = await pluginService(name, ctx);
  } catch (e) {
    throw new Error(`error getting plugin from generator: ${(e as Error).message}`, { cause: e });
  }
  const parameters = gen.input?.parameters;
  const found = await callPlugin(ctx.appSetName, service, parameters);
  return found.map((obj) => {
    const params: Params = {};
    if (ctx.goTemplate) Object.assign(params, obj);
    else flatten(obj, '', params);
    params.generator = { input: { parameters: parameters ?? {} } };
    appendValues(gen.values, params, ctx);
    return params;
  });
}
