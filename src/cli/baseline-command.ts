/** `syndiq baseline`: write (or extend) syndiq.baseline.json from a report's findings; and its loading. */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import {
  Baseline,
  BASELINE_FILE,
  baselineFromFindings,
  BaselineError,
  loadBaseline,
} from '../baseline/baseline.js';
import type { SyndiqConfig } from '../config/config.js';
import type { RunReport } from '../model.js';
import { writeFileAtomic } from '../report/atomic.js';
import { CliError, EXIT, type ExitCode, type Schedule } from './exit-codes.js';
import type { Output } from './shared.js';

/** The baseline named in the config, else syndiq.baseline.json in the working folder when present. */
export async function baselineFor(config: SyndiqConfig): Promise<Baseline | null> {
  const file = config.baseline ?? (existsSync(BASELINE_FILE) ? BASELINE_FILE : null);
  if (!file) return null;
  try {
    return await loadBaseline(file);
  } catch (e) {
    if (e instanceof BaselineError) throw new CliError(`syndiq: ${e.message}`, EXIT.usage);
    throw e;
  }
}

export interface BaselineArgs {
  report: string;
  out: string;
  rule?: string[];
}

async function readReport(path: string): Promise<RunReport> {
  let file = path;
  try {
    if ((await stat(path)).isDirectory()) file = join(path, 'report.json');
    return JSON.parse(await readFile(file, 'utf8')) as RunReport;
  } catch (e) {
    throw new CliError(`syndiq: cannot read the report ${file}: ${(e as Error).message}`, EXIT.usage);
  }
}

export async function runBaselineCommand(args: BaselineArgs, io: Output): Promise<ExitCode> {
  const report = await readReport(args.report);
  let existing: Baseline | null = null;
  if (existsSync(args.out))
    try {
      existing = await loadBaseline(args.out);
    } catch (e) {
      throw new CliError(`syndiq: ${(e as Error).message}`, EXIT.usage);
    }
  const rules = args.rule?.length ? new Set(args.rule) : null;
  const articles = report.articles.map((a) => ({
    id: a.id,
    url: a.url,
    issues: rules ? a.issues.filter((i) => rules.has(i.rule)) : a.issues,
  }));
  const file = baselineFromFindings(articles, existing?.entries ?? []);
  await writeFileAtomic(args.out, `${JSON.stringify(file, null, 2)}\n`);
  const added = file.suppressions.length - (existing?.entries.length ?? 0);
  io.out(`syndiq: ${args.out}: ${added} finding(s) added, ${file.suppressions.length} in all`);
  return EXIT.ok;
}

export function baselineCommand(io: Output, schedule: Schedule): CommandModule<object, BaselineArgs> {
  return {
    command: 'baseline [report]',
    describe: 'Mark the findings of a report as reviewed: write them to syndiq.baseline.json',
    builder: (y) =>
      y
        .positional('report', {
          type: 'string',
          default: 'reports/latest',
          describe: 'A report.json, or the folder holding it',
        })
        .option('out', {
          type: 'string',
          default: BASELINE_FILE,
          describe: 'The baseline file to write or extend',
        })
        .option('rule', {
          type: 'string',
          requiresArg: true,
          coerce: (v: string | string[] | undefined) => (v === undefined ? [] : ([] as string[]).concat(v)),
          describe: 'Only findings of this rule (repeat for several)',
        })
        .example('$0 baseline reports/latest', 'Silence every current finding on later runs') as never,
    handler: (args) => schedule(() => runBaselineCommand(args, io)),
  };
}
