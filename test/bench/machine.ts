// The machine line: what the numbers were measured on.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { chromiumPath } from '../fixtures/chromium.ts';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  kernel: string;
  node: string;
  chromium: string;
  /** 1, 5 and 15 minute load averages at the start: the cores may be shared. */
  loadAverage: number[];
  commit: string;
}

function quiet(command: string, args: string[]): string | undefined {
  try {
    return execFileSync(command, args, { encoding: 'utf8', timeout: 15_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
    if (pretty) return pretty;
  } catch {
    // not Linux, or no os-release
  }
  return type();
}

export function describeMachine(): Machine {
  const cpuList = cpus();
  const chromium = quiet(chromiumPath, ['--version']);
  return {
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    ramGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    kernel: `${type()} ${release()}`,
    node: process.version,
    chromium: /\d+(\.\d+)+/.exec(chromium ?? '')?.[0] ?? 'unknown',
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
    commit: quiet('git', ['rev-parse', '--short', 'HEAD']) ?? 'unknown',
  };
}

export function machineLine(m: Machine): string {
  return (
    `${m.cpu}, ${m.cores} cores, ${m.ramGiB} GiB RAM, ${m.os} (${m.kernel}), Node ${m.node}, ` +
    `Chromium ${m.chromium}, load ${m.loadAverage.join(' ')}, commit ${m.commit}`
  );
}
