#!/usr/bin/env node
import { Command, CommanderError } from 'commander';
import { exitCodeOf, isHarnessError } from '../errors.js';
import { TOOL } from '../session/session.js';
import { registerRunCommand } from './commands/run.js';
import { registerListCommand } from './commands/list.js';
import { registerConfigCommand } from './commands/config.js';
import { registerCertsCommand } from './commands/certs.js';
import { registerReportCommand } from './commands/report.js';
import { registerSimCommand } from './commands/sim.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerDocsCommand } from './commands/docs.js';
import { registerIcsCommand } from './commands/ics.js';

/** Exit codes: 0 no FAIL/ERROR, 1 some FAIL/ERROR, 2 usage or config error. */
export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  program
    .name('ocpp-harness')
    .description('Open OCPP conformance test harness: plays the CSMS or the charging station and grades the other side.')
    .version(TOOL.version)
    .exitOverride()
    .showHelpAfterError();
  registerRunCommand(program);
  registerListCommand(program);
  registerCertsCommand(program);
  registerReportCommand(program);
  registerSimCommand(program);
  registerConfigCommand(program);
  registerDemoCommand(program);
  registerDocsCommand(program);
  registerIcsCommand(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? 0 : 2;
    }
    if (isHarnessError(err)) {
      process.stderr.write(`ocpp-harness: ${err.code}: ${err.message}\n`);
      return exitCodeOf(err.code);
    }
    process.stderr.write(`ocpp-harness: internal error: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}

// A reader that stops early (`ocpp-harness sim --list-faults | head`) closes the pipe: that is no error of ours.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw err;
  });
}

const code = await main(process.argv);
process.exitCode = code;
