// Gets an absolute path for every tool a render needs: an explicit setting first, then PATH
// (GitHub's hosted runners ship helm and kustomize), then the pinned release from the runner's
// tool cache, downloading it once when allowed. A tool that cannot be had gets a message that says
// which tool and how to get it.
import { chmodSync } from 'node:fs';
import { arch as osArch } from 'node:os';
import { dirname, join } from 'node:path';
import { findOnPath, isExecutableFile, resolveExplicit } from './locate.js';
import { releaseAsset } from './releases.js';
import { PINNED_VERSIONS, type ToolName } from './versions.js';
import { errorMessage } from '../../model/errors.js';

export interface EnsureToolsOptions {
  /** Explicit binaries from settings (inputs helm-path, kustomize-path, jsonnet-path): used as given, never replaced. */
  paths?: Partial<Record<ToolName, string>>;
  /**
   * Fetch the pinned release into the runner tool cache (RUNNER_TOOL_CACHE, RUNNER_TEMP) when a tool
   * is not on PATH. Default: when running in GitHub Actions.
   */
  download?: boolean;
  /** Per-tool mirror of the official release layout (see releases.ts); default the official locations. */
  releaseBaseUrls?: Partial<Record<ToolName, string>>;
  /** PATH to search; default process.env.PATH. */
  searchPath?: string;
  /** Directory relative explicit paths are resolved against; default process.cwd(). */
  cwd?: string;
  platform?: NodeJS.Platform;
  arch?: string;
  /** Progress notes (e.g. a download), for the caller to log. */
  log?: (message: string) => void;
}

export interface ToolProblem {
  tool: ToolName;
  message: string;
}

/** Some needed tools could not be had; `found` holds the ones that could, so other apps can still render. */
export class ToolsUnavailableError extends Error {
  constructor(
    readonly problems: readonly ToolProblem[],
    readonly found: Partial<Record<ToolName, string>>,
  ) {
    super(problems.map((p) => p.message).join('\n'));
    this.name = 'ToolsUnavailableError';
  }
}

const INSTALL_DOCS: Readonly<Record<ToolName, string>> = {
  helm: 'https://helm.sh/docs/intro/install/',
  kustomize: 'https://kubectl.docs.kubernetes.io/installation/kustomize/',
  jsonnet: 'https://github.com/google/go-jsonnet#installation',
};

function howToGet(tool: ToolName): string {
  return `install ${tool} ${PINNED_VERSIONS[tool]} (${INSTALL_DOCS[tool]}) or set the ${tool}-path input`;
}

/**
 * Absolute paths of the `needed` tools. Throws ToolsUnavailableError naming every tool that is
 * missing (with how to get it) after trying all of them.
 */
export async function ensureTools<T extends ToolName>(
  needed: readonly T[],
  opts: EnsureToolsOptions = {},
): Promise<Record<T, string>> {
  const found: Partial<Record<ToolName, string>> = {};
  const problems: ToolProblem[] = [];
  // One at a time: concurrent tool-cache downloads share RUNNER_TEMP and gain little on 2 cores.
  for (const tool of [...new Set(needed)]) {
    try {
      found[tool] = await ensureTool(tool, opts);
    } catch (e) {
      problems.push({ tool, message: errorMessage(e) });
    }
  }
  if (problems.length) throw new ToolsUnavailableError(problems, found);
  return found as Record<T, string>;
}

async function ensureTool(tool: ToolName, opts: EnsureToolsOptions): Promise<string> {
  const explicit = opts.paths?.[tool];
  if (explicit) {
    const path = resolveExplicit(explicit, opts.searchPath, opts.cwd);
    if (!path) throw new Error(`${tool}-path ${explicit}: not an executable file`);
    return path;
  }
  const onPath = findOnPath(tool, opts.searchPath);
  if (onPath) return onPath;
  const download = opts.download ?? process.env.GITHUB_ACTIONS === 'true';
  if (!download) throw new Error(`${tool} not found on PATH; ${howToGet(tool)}`);
  return fromToolCache(tool, opts);
}

async function fromToolCache(tool: ToolName, opts: EnsureToolsOptions): Promise<string> {
  const pinned = PINNED_VERSIONS[tool];
  const version = pinned.replace(/^v/, ''); // tool-cache keys by plain semver
  const arch = opts.arch ?? osArch();
  const missing = ['RUNNER_TOOL_CACHE', 'RUNNER_TEMP'].filter((v) => !process.env[v]);
  if (missing.length) {
    throw new Error(`${tool} not found on PATH and cannot be downloaded (${missing.join(', ')} not set); ${howToGet(tool)}`);
  }
  const asset = releaseAsset(tool, pinned, opts.platform ?? process.platform, arch, opts.releaseBaseUrls?.[tool]);
  if (typeof asset === 'string') throw new Error(`${tool} not found on PATH and ${asset}; ${howToGet(tool)}`);
  const binary = asset.binaryPath.split('/').pop() as string;

  // Loaded only when a tool is missing from PATH.
  const tc = await import('@actions/tool-cache');
  const cached = tc.find(tool, version, arch);
  if (cached && isExecutableFile(join(cached, binary))) return join(cached, binary);

  opts.log?.(`${tool} not found on PATH; downloading ${tool} ${pinned} from ${asset.url}`);
  let extracted: string;
  try {
    extracted = await tc.extractTar(await tc.downloadTool(asset.url));
  } catch (e) {
    const why = errorMessage(e);
    throw new Error(`${tool} not found on PATH and downloading ${tool} ${pinned} from ${asset.url} failed: ${why}; ${howToGet(tool)}`, {
      cause: e,
    });
  }
  const unpacked = join(extracted, asset.binaryPath);
  if (!isExecutableFile(unpacked)) {
    // Archives normally keep the mode bit; make sure rather than fail on a repacked mirror.
    try {
      chmodSync(unpacked, 0o755);
    } catch (e) {
      throw new Error(`${tool} release ${asset.url} has no ${asset.binaryPath}; ${howToGet(tool)}`, { cause: e });
    }
  }
  const dir = await tc.cacheDir(dirname(unpacked), tool, version, arch);
  return join(dir, binary);
}
