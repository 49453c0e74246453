// The one Argo CD release whose behaviour gitops-sync matches; fidelity harnesses read it from here.
export const ARGOCD_RELEASE = 'v3.6.1';
