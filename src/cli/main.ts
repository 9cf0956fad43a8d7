/** The syndiq command line: argument handling only; the work is in the library. */
import yargs from 'yargs';
import { checkCommand } from './check.js';
import { evalCommand } from './eval.js';
import { extractCommand } from './extract.js';
import { indexCommand } from './index-command.js';
import { mergeCommand } from './merge-command.js';
import { baselineCommand } from './baseline-command.js';
import { CliError, EXIT, type ExitCode, type Schedule } from './exit-codes.js';
import { processOutput, type Output } from './shared.js';
import { VERSION } from '../version.js';

export async function main(argv: string[], io: Output = processOutput): Promise<ExitCode> {
  let work: (() => Promise<ExitCode>) | null = null;
  const schedule: Schedule = (w) => {
    work = w;
  };
  let usageError: string | null = null;
  const parser = yargs(argv)
    .scriptName('syndiq')
    .usage(
      '$0 <command> [options]\n\nChecks republished news against its originals and reports what went wrong.',
    )
    .command(checkCommand(io, schedule))
    .command(evalCommand(io, schedule))
    .command(extractCommand(io, schedule))
    .command(indexCommand(io, schedule))
    .command(mergeCommand(io, schedule))
    .command(baselineCommand(io, schedule))
    .demandCommand(1, 'Name a command: check, eval, extract, index, merge, baseline')
    .strict()
    .version(VERSION)
    .help()
    .alias('h', 'help')
    .epilogue(
      'Exit codes: 0 no alert fired, 1 an alert fired, 2 bad usage or configuration, 3 the run failed.',
    )
    .exitProcess(false)
    .fail((msg, err) => {
      if (err) throw err;
      usageError = msg;
    })
    .wrap(Math.min(110, process.stdout.columns || 110));
  try {
    await parser.parseAsync(argv, {}, (_err, _argv, output) => {
      if (output) io.out(output);
    });
    if (usageError !== null) {
      io.err(`syndiq: ${usageError}\nRun "syndiq --help" for usage.`);
      return EXIT.usage;
    }
    const scheduled = work as (() => Promise<ExitCode>) | null;
    return scheduled ? await scheduled() : EXIT.ok;
  } catch (e) {
    if (e instanceof CliError) {
      io.err(e.message);
      return e.exitCode;
    }
    io.err(`syndiq: ${(e as Error).stack ?? String(e)}`);
    return EXIT.failure;
  }
}
