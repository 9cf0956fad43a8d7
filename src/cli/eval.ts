/** `syndiq eval DIR`: measure detection against labels. */
import type { CommandModule } from 'yargs';
import { formatEval } from '../eval/evaluate.js';
import { LabelError } from '../eval/labels.js';
import { runEval } from '../eval/run-eval.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { configFrom, type Output } from './shared.js';
import type { Schedule } from './exit-codes.js';

export interface EvalArgs {
  dir: string;
  json?: boolean;
  config?: string;
  mistakes?: boolean;
}

export async function runEvalCommand(args: EvalArgs, io: Output): Promise<ExitCode> {
  const config = await configFrom(args.config);
  let run;
  try {
    run = await runEval(args.dir, config);
  } catch (e) {
    if (e instanceof LabelError) throw new CliError(`syndiq: ${e.message}`, EXIT.usage);
    throw e;
  }
  for (const e of run.report.errors) io.err(`syndiq: ${e.input}${e.line ? `:${e.line}` : ''}: ${e.message}`);
  if (args.json) io.out(JSON.stringify(run.result, null, 2));
  else {
    io.out(formatEval(run.result));
    if (args.mistakes) for (const m of run.result.mistakes) io.out(`  ${m.id}: ${m.what}`);
  }
  return EXIT.ok;
}

export function evalCommand(io: Output, schedule: Schedule): CommandModule<object, EvalArgs> {
  return {
    command: 'eval <dir>',
    describe:
      'Check DIR/republished.jsonl against DIR/originals.jsonl and score detection with DIR/labels.jsonl',
    builder: (y) =>
      y
        .positional('dir', {
          type: 'string',
          demandOption: true,
          describe: 'Folder with originals.jsonl, republished.jsonl, labels.jsonl',
        })
        .option('json', { type: 'boolean', default: false, describe: 'Print the figures as JSON' })
        .option('mistakes', {
          type: 'boolean',
          default: false,
          describe: 'List each wrong verdict, match and language',
        })
        .option('config', { alias: 'c', type: 'string', describe: 'JSON config file' })
        .example('$0 eval corpora/samples', 'Measure detection on the bundled samples') as never,
    handler: (args) => schedule(() => runEvalCommand(args, io)),
  };
}
