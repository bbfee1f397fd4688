// Runs the CLI in-process against one data folder and keeps what it printed, so a test reads
// `await cli.run('plans', '--json')` and then `cli.stdout`.
import { runCli } from '../../electron/cli/run.ts';
import { PlanSummarySchema, type PlanSummary } from '../../shared/plan/schema.ts';

export interface CliRunner {
  run: (...argv: string[]) => Promise<number>;
  readonly stdout: string;
  readonly stderr: string;
  /** The plans in the folder, through `plans --json`. */
  plans: () => Promise<PlanSummary[]>;
}

export function cliRunner(dataDir: () => string): CliRunner {
  let stdout = '';
  let stderr = '';
  const run = async (...argv: string[]) => {
    stdout = '';
    stderr = '';
    return runCli(['--data-dir', dataDir(), ...argv], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), env: {} });
  };
  return {
    run,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    plans: async () => {
      await run('plans', '--json');
      return PlanSummarySchema.array().parse(JSON.parse(stdout));
    },
  };
}
