#!/usr/bin/env node
// Terminal entry point over the same pipeline as the action. Only orchestrates.
process.stderr.write('gitops-sync: no commands are wired yet\n');
process.exitCode = 2;
