// Jest global setup: generates Argo CD's built-in health scripts and their test corpus from the pinned
// release (a no-op when generated/argocd is current), which src/health and the corpus test read.
import { fetchResourceCustomizations } from '../../scripts/argocd/fetch-resource-customizations.mjs';

export default function generate() {
  fetchResourceCustomizations();
}
