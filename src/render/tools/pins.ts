// The pinned tool releases: the one place they are written down. scripts/tools/install.sh reads
// these lines too, so keep each as `tool: 'vX.Y.Z',` on its own line.
// kustomize stays on v5.8.2 because v5.8.3 needs Go 1.27 to build.
export const PINNED_VERSIONS = {
  helm: 'v3.22.0',
  kustomize: 'v5.8.2',
  jsonnet: 'v0.22.0',
} as const;
