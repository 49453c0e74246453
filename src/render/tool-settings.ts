// The argocd-cm settings that choose what the render tools run: `kustomize.buildOptions[.<v>]`,
// `kustomize.path.<v>` / `kustomize.version.<v>` (a binary), `helm.valuesFileSchemes` (util/settings
// in Argo CD v3.6.1; jsonnet has none). A pull request must not choose them for its own render: a
// `kustomize.path.<v>` naming a program in the PR, or `--enable-exec`, runs the PR's code with the
// runner's rights. The preview therefore renders the head with the base's values of these keys.
import type { ArgoCdConfig } from '../model/argocd.js';

/** Every `kustomize.*` and `helm.*` key, so a key Argo CD adds later is covered too. */
export function isToolSetting(key: string): boolean {
  return key.startsWith('kustomize.') || key.startsWith('helm.');
}

/** `cm` with its tool settings replaced by those of `from`; undefined when that leaves nothing. */
export function withToolSettingsOf(cm: ArgoCdConfig | undefined, from: ArgoCdConfig | undefined): ArgoCdConfig | undefined {
  const entries = [
    ...Object.entries(cm ?? {}).filter(([k]) => !isToolSetting(k)),
    ...Object.entries(from ?? {}).filter(([k]) => isToolSetting(k)),
  ];
  return cm === undefined && entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** Tool settings that differ between the two configs (added, removed or changed), sorted. */
export function changedToolSettings(base: ArgoCdConfig | undefined, head: ArgoCdConfig | undefined): string[] {
  const keys = new Set([...Object.keys(base ?? {}), ...Object.keys(head ?? {})].filter(isToolSetting));
  return [...keys].filter((k) => base?.[k] !== head?.[k]).sort();
}

/** The preview's warning for tool settings a PR changed: it renders with the base's. */
export function toolSettingsWarnings(ignored: readonly string[]): string[] {
  if (ignored.length === 0) return [];
  const keys = ignored.map((k) => JSON.stringify(k)).join(', '); // quoted: a key may hold any character
  return [
    `this PR changes argocd-cm tool settings (${keys}); the preview renders both sides with the base revision's values, ` +
      'so the head is shown as it renders with the settings in force until the change merges',
  ];
}
