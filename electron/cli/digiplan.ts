#!/usr/bin/env node
// Entry point of the `digiplan` command (package.json `bin`). Runs from source on the
// project's Node 22, which strips the TypeScript types itself.
import { runCli } from './run.ts';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
});
