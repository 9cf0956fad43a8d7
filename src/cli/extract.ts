/** `syndiq extract INPUT...`: show what syndiq reads from each page or feed item. */
import type { CommandModule } from 'yargs';
import { readSources } from '../ingest/sources.js';
import {
  ALLOW_NETWORK_OPTION,
  allowedNetworks,
  CACHE_DIR_OPTION,
  CACHE_OPTION,
  httpCacheDir,
} from './check.js';
import type { Article } from '../model.js';
import { terminalText as tty } from '../report/safe-text.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import type { Output } from './shared.js';
import type { Schedule } from './exit-codes.js';

export interface ExtractArgs {
  inputs: string[];
  json?: boolean;
  /** The cache folder (same flag as `check`); its `http/` holds downloaded pages. */
  cacheDir?: string;
  /** `false` from `--no-cache`. */
  cache?: boolean;
  timeout?: number;
  allowNetwork?: string[];
}

/** The fields `--json` prints, one line per article. */
export function extractRecord(a: Article): Record<string, unknown> {
  // `id` and `title` make each line a record `syndiq check` reads as it is.
  return {
    id: a.id,
    input: a.input,
    url: a.url ?? null,
    title: a.title,
    body: a.body,
    published: a.published ?? null,
    lang: a.lang ?? null,
    chrome: a.chrome ?? [],
  };
}

export function formatArticle(a: Article): string {
  // Article text goes to a terminal: escape sequences and bidi controls are shown, not obeyed.
  const lines = [`== ${tty(a.input)}${a.url ? ` (${tty(a.url)})` : ''}`, `title: ${tty(a.title)}`];
  const facts = [
    a.lang && `lang: ${tty(a.lang)}`,
    a.published && `published: ${tty(a.published)}`,
    a.author && `author: ${tty(a.author)}`,
    a.charset && `charset: ${a.charset}`,
  ].filter(Boolean);
  if (facts.length) lines.push(facts.join('  '));
  lines.push('body:', ...a.body.split('\n\n').map((p) => `  ${tty(p)}`));
  if (a.chrome?.length) {
    lines.push('chrome:');
    for (const c of a.chrome) lines.push(`  [${c.kind}] ${tty(c.text.replace(/\n/g, ' / '))}`);
  }
  return lines.join('\n') + '\n';
}

export async function runExtract(args: ExtractArgs, io: Output): Promise<ExitCode> {
  const cacheDir = args.cache === false ? null : args.cacheDir ? httpCacheDir(args.cacheDir) : undefined;
  const { articles, errors } = await readSources(args.inputs, {
    fetch: {
      ...(cacheDir !== undefined ? { cacheDir } : {}),
      ...(args.timeout ? { timeoutMs: args.timeout * 1000 } : {}),
      ...(args.allowNetwork?.length ? { allowNetworks: allowedNetworks(args.allowNetwork) } : {}),
    },
  });
  for (const a of articles) io.out(args.json ? JSON.stringify(extractRecord(a)) : formatArticle(a));
  for (const e of errors) io.err(`syndiq: ${tty(e.input)}${e.line ? `:${e.line}` : ''}: ${tty(e.message)}`);
  return articles.length === 0 && errors.length > 0 ? EXIT.failure : EXIT.ok;
}

export function extractCommand(io: Output, schedule: Schedule): CommandModule<object, ExtractArgs> {
  return {
    command: 'extract <inputs..>',
    describe: 'Show the title, body, language and page chrome syndiq reads from pages, feeds and URLs',
    builder: (y) =>
      y
        .positional('inputs', {
          type: 'string',
          array: true,
          demandOption: true,
          describe: 'HTML pages (.html, .htm, .html.gz), feeds (.xml, .rss, .atom, .json), URLs, folders',
        })
        .option('json', { type: 'boolean', default: false, describe: 'One JSON line per article' })
        .option('cache-dir', CACHE_DIR_OPTION)
        .option('cache', CACHE_OPTION)
        .option('timeout', { type: 'number', describe: 'Per-request timeout in seconds (default 20)' })
        .option('allow-network', ALLOW_NETWORK_OPTION)
        .example('$0 extract page.html', 'Show what syndiq reads from a saved page')
        .example('$0 extract --json https://example.com/feed.xml', 'One JSON line per feed item') as never,
    handler: (args) => schedule(() => runExtract(args, io)),
  };
}
