// Where each pinned tool's official release archive lives and where the binary sits inside it.
// Asset names follow each project's release tooling: helm's Makefile (dist/helm-vX-os-arch.tar.gz
// holding os-arch/helm), kustomize's releasing/build-kustomize-binary.sh (kustomize_vX_os_arch.tar.gz),
// go-jsonnet's goreleaser v2 defaults (go-jsonnet_X_os_arch.tar.gz, no `v`).
import type { ToolName } from './versions.js';

export interface ReleaseAsset {
  url: string;
  /** Path of the binary inside the extracted archive. */
  binaryPath: string;
}

/** Official download roots; a mirror given instead must keep the same layout below it. */
export const DEFAULT_RELEASE_BASE_URLS: Readonly<Record<ToolName, string>> = {
  helm: 'https://get.helm.sh',
  kustomize: 'https://github.com/kubernetes-sigs/kustomize/releases/download',
  jsonnet: 'https://github.com/google/go-jsonnet/releases/download',
};

const GO_OS: Partial<Record<NodeJS.Platform, string>> = { linux: 'linux', darwin: 'darwin' };
const GO_ARCH: Partial<Record<string, string>> = { x64: 'amd64', arm64: 'arm64' };

/**
 * The release archive of `tool` at `version` (`vX.Y.Z`) for a Node platform/arch, or a reason
 * string when no such release is published (e.g. Windows archives are zips we do not handle).
 */
export function releaseAsset(
  tool: ToolName,
  version: string,
  platform: NodeJS.Platform,
  arch: string,
  baseUrl: string = DEFAULT_RELEASE_BASE_URLS[tool],
): ReleaseAsset | string {
  const os = GO_OS[platform];
  const goArch = GO_ARCH[arch];
  if (!os || !goArch) return `no ${tool} release is downloaded for ${platform}/${arch}`;
  const base = baseUrl.replace(/\/+$/, '');
  switch (tool) {
    case 'helm':
      return { url: `${base}/helm-${version}-${os}-${goArch}.tar.gz`, binaryPath: `${os}-${goArch}/helm` };
    case 'kustomize':
      // The tag is `kustomize/vX.Y.Z`; its slash is escaped in the download path.
      return { url: `${base}/kustomize%2F${version}/kustomize_${version}_${os}_${goArch}.tar.gz`, binaryPath: 'kustomize' };
    case 'jsonnet':
      return {
        url: `${base}/${version}/go-jsonnet_${version.replace(/^v/, '')}_${os}_${goArch}.tar.gz`,
        binaryPath: 'jsonnet',
      };
  }
}
