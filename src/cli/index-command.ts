/** `syndiq index build|add|stats`: the persistent originals index. */
import type { Argv, CommandModule } from 'yargs';
import {
  addToIndexFile,
  buildIndexFile,
  indexFileStats,
  type IndexUpdateReport,
} from '../match/persistent.js';
import { StoreError, type StoreStats } from '../match/store/types.js';
import { defaultWorkers } from '../parallel/pool.js';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { configFrom, type Output } from './shared.js';
import type { Schedule } from './exit-codes.js';

export interface IndexArgs {
  action: string;
  originals?: string[];
  db: string;
  config?: string;
  json?: boolean;
  workers?: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1048576).toFixed(1)} MB`;
}

function formatUpdate(r: IndexUpdateReport, verb: string): string {
  const rate = r.seconds > 0 ? ` (${Math.round(r.added / r.seconds)} originals/s)` : '';
  const skipped = r.skipped ? `, ${r.skipped} already indexed or repeated (skipped)` : '';
  return `${verb} ${r.added} originals in ${r.seconds.toFixed(1)} s${rate}${skipped}; ${r.total} in ${r.db}`;
}

export function formatStats(db: string, s: StoreStats): string {
  const list = (o: Record<string, number>): string =>
    Object.entries(o)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ') || 'none';
  return [
    `${db}: ${s.originals} originals, ${megabytes(s.bytes)}`,
    `  languages: ${list(s.languages)}`,
    `  scripts:   ${list(s.scripts)}`,
    `  keys: ${s.terms} distinct, ${s.postings} postings`,
    `  published: ${s.published ? `${s.published.first} .. ${s.published.last}` : 'no dates'}`,
  ].join('\n');
}

export async function runIndexCommand(args: IndexArgs, io: Output): Promise<ExitCode> {
  try {
    if (args.action === 'stats') {
      const stats = indexFileStats(args.db);
      io.out(args.json ? JSON.stringify(stats, null, 2) : formatStats(args.db, stats));
      return EXIT.ok;
    }
    const originals = args.originals ?? [];
    if (originals.length === 0)
      throw new CliError(`syndiq: index ${args.action} needs --originals PATH`, EXIT.usage);
    const config = await configFrom(args.config);
    const workers = args.workers ?? defaultWorkers();
    if (!Number.isInteger(workers) || workers < 0)
      throw new CliError('syndiq: --workers must be a whole number, 0 or more', EXIT.usage);
    const options = { originals, db: args.db, config, workers };
    const report = args.action === 'build' ? await buildIndexFile(options) : await addToIndexFile(options);
    for (const e of report.errors) io.err(`syndiq: ${e.input}${e.line ? `:${e.line}` : ''}: ${e.message}`);
    io.out(
      args.json
        ? JSON.stringify(report, null, 2)
        : formatUpdate(report, args.action === 'build' ? 'indexed' : 'added'),
    );
    if (report.added === 0 && report.total === 0 && report.errors.length > 0)
      throw new CliError('syndiq: no original could be read; the index is empty', EXIT.failure);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof StoreError) throw new CliError(`syndiq: ${e.message}`, EXIT.usage);
    throw e;
  }
}

export function indexCommand(io: Output, schedule: Schedule): CommandModule<object, IndexArgs> {
  return {
    command: 'index <action>',
    describe: 'Build, grow or describe a persistent index of originals (build | add | stats)',
    builder: (y: Argv) =>
      y
        .positional('action', {
          type: 'string',
          choices: ['build', 'add', 'stats'],
          demandOption: true,
          describe:
            'build: a new index from originals; add: new originals into an index; stats: what it holds',
        })
        .option('originals', {
          alias: 'o',
          type: 'string',
          coerce: (v: string | string[] | undefined) => (v === undefined ? [] : ([] as string[]).concat(v)),
          describe: 'Originals (JSON Lines file, folder, feed, page, URL); repeat for several',
        })
        .option('db', {
          type: 'string',
          demandOption: true,
          describe: 'The index file (SQLite)',
        })
        .option('workers', {
          type: 'number',
          describe: `Worker threads computing the keys of originals (default: the cores, here ${defaultWorkers()}); 0 computes them on the thread writing the index`,
        })
        .option('config', { alias: 'c', type: 'string', describe: 'JSON config file (languages)' })
        .option('json', { type: 'boolean', default: false, describe: 'Print the result as JSON' })
        .example('$0 index build --originals archive/ --db originals.db', 'Index an archive')
        .example('$0 index add --originals today.jsonl --db originals.db', 'Add new originals (nightly)')
        .example('$0 check partner.jsonl --index originals.db', 'Check against the index') as never,
    handler: (args) => schedule(() => runIndexCommand(args, io)),
  };
}
