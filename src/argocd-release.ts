// The one Argo CD release whose behaviour gitops-sync matches (built-in health checks and their corpus, the
// Go health checks' and templates' differential tests); every fidelity harness reads it from here.
// scripts/argocd/fetch-resource-customizations.mjs reads this line; scripts/argocd/update-release.mjs rewrites it.
export const ARGOCD_RELEASE = 'v3.6.1';
