// GitHub Action entry point: inputs → settings → mode. Only orchestrates.
import * as core from '@actions/core';

async function main(): Promise<void> {
  core.setFailed('gitops-sync: the action entry point is not wired yet');
}

void main();
