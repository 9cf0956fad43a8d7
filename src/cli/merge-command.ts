/** `syndiq merge DIR... --out DIR`: combine shard reports and evaluate the alerts once. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import type { RunReport } from '../model.js';
import { mergeReports, MergeError } from '../shard/merge.js';
import { ALERT_OPTIONS, FORMAT_OPTION, formatsFrom, withCommandLine, type CheckArgs } from './check.js';
import { CliError, EXIT, type ExitCode, type Schedule } from './exit-codes.js';
import { finishRun, printInputErrors, QUIET_OPTION, VERBOSE_OPTION } from './finish.js';
import { configFrom, type Output } from './shared.js';

export type MergeArgs = Pick<
  CheckArgs,
  'out' | 'format' | 'config' | 'quiet' | 'verbose' | 'failUnder' | 'alertWebhook' | 'webhookFormat'
> & { dirs: string[] };

async function readShard(dir: string): Promise<RunReport> {
  const file = join(dir, 'report.json');
  try {
    return JSON.parse(await readFile(file, 'utf8')) as RunReport;
  } catch (e) {
    throw new CliError(`syndiq: cannot read the shard report ${file}: ${(e as Error).message}`, EXIT.failure);
  }
}

export async function runMergeCommand(args: MergeArgs, io: Output): Promise<ExitCode> {
  const formats = formatsFrom(args);
  const config = withCommandLine(await configFrom(args.config), args);
  const shards = await Promise.all(args.dirs.map(readShard));
  let report: RunReport;
  try {
    report = mergeReports(shards);
  } catch (e) {
    if (e instanceof MergeError) throw new CliError(`syndiq: merge: ${e.message}`, EXIT.usage);
    throw e;
  }
  printInputErrors(report, io);
  return finishRun(report, config, { out: args.out, formats, quiet: args.quiet, verbose: args.verbose }, io);
}

export function mergeCommand(io: Output, schedule: Schedule): CommandModule<object, MergeArgs> {
  return {
    command: 'merge <dirs..>',
    describe: 'Combine the partial reports of "check --shard i/n" runs and evaluate the alerts once',
    builder: (y) =>
      y
        .positional('dirs', {
          type: 'string',
          array: true,
          demandOption: true,
          describe: 'Shard report folders',
        })
        .option('out', {
          type: 'string',
          demandOption: true,
          describe: 'Output folder for the merged reports',
        })
        .option('format', FORMAT_OPTION)
        .option('config', { alias: 'c', type: 'string', describe: 'Config file (alert rules, sinks, feeds)' })
        .options(ALERT_OPTIONS)
        .option('quiet', QUIET_OPTION)
        .option('verbose', VERBOSE_OPTION)
        .example('$0 merge shards/1 shards/2 --out reports/nightly', 'Merge two shards') as never,
    handler: (args) => schedule(() => runMergeCommand(args, io)),
  };
}
