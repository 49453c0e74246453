// What one template execution may cost. Go's text/template has no limit: a runaway template spins or
// grows in Argo CD's controller until the pod dies; here it would hang the CI job. The limits are far
// above what a real ApplicationSet template needs (it renders one field of one Application).

/**
 * Output of one execution, in characters: an Application is stored in etcd, whose default request
 * limit is 1.5 MiB, so no template output that fits a real Application comes near it.
 */
export const MAX_TEMPLATE_OUTPUT = 1.5 * 1024 * 1024;

/**
 * Nodes executed, range iterations and function calls, together: a template that ranges over a
 * thousand-element list with a dozen actions each uses about 10^4; 10^6 takes well under a second.
 */
export const MAX_TEMPLATE_STEPS = 1_000_000;

export function budgetMessage(what: 'steps' | 'output'): string {
  return what === 'steps'
    ? `template runs more than ${MAX_TEMPLATE_STEPS} steps (a runaway loop?)`
    : `template output exceeds ${MAX_TEMPLATE_OUTPUT} characters`;
}
