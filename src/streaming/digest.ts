/**
 * What the end of a run needs once the reports are written, kept while the results stream past:
 * the totals, the input errors, per-feed counts (history, trends, feed alerts), the article alerts
 * raised, and the few worst articles and issue counts the console shows. Nothing per article
 * beyond an alert: no article text is held.
 */
import { articleAlerts, FeedRunTally, runAlerts, type Alert } from '../alert/evaluate.js';
import { FeedLookup } from '../alert/feeds.js';
import type { SyndiqConfig } from '../config/config.js';
import type { HistoryEntry } from '../history/history.js';
import type { ArticleResult, InputError, RunReport, RunSummary } from '../model.js';
import { CONSOLE_WORST, type ConsoleView } from '../report/console.js';
import { RunTally } from '../report/tally.js';
import { replayInto, type RunFooter, type RunHeader } from '../report/writer.js';
import type { RunConsumer } from './check-stream.js';

export class RunDigest implements RunConsumer {
  readonly #config: SyndiqConfig;
  readonly #lookup: FeedLookup;
  readonly #feeds: FeedRunTally;
  readonly #tally = new RunTally(CONSOLE_WORST);
  readonly #articleAlerts: Alert[] = [];
  /** Articles the alert state remembers (null: every article), and which of them were checked. */
  readonly #watched: ReadonlySet<string> | null;
  readonly #checked = new Set<string>();
  #header: RunHeader | null = null;
  #footer: RunFooter | null = null;

  /** @param watched the article ids whose check matters after the run (the alert state's); all when absent */
  constructor(config: SyndiqConfig, watched?: ReadonlySet<string>) {
    this.#config = config;
    this.#watched = watched ?? null;
    this.#lookup = new FeedLookup(config.feeds);
    this.#feeds = new FeedRunTally(this.#lookup);
  }

  /** The digest of a finished report (a merged one), as if it had streamed past. */
  static of(report: RunReport, config: SyndiqConfig, watched?: ReadonlySet<string>): RunDigest {
    const digest = new RunDigest(config, watched);
    digest.end(replayInto(report, digest));
    return digest;
  }

  begin(header: RunHeader): void {
    this.#header = header;
  }

  article(result: ArticleResult): void {
    if (!this.#watched || this.#watched.has(result.id)) this.#checked.add(result.id);
    this.#tally.add(result);
    this.#feeds.add(result);
    this.#articleAlerts.push(...articleAlerts(result, this.#lookup.nameOf(result), this.#config));
  }

  end(footer: RunFooter): void {
    this.#footer = footer;
    for (const e of footer.errors) this.#feeds.addError(e);
  }

  #done(): { header: RunHeader; footer: RunFooter } {
    if (!this.#header || !this.#footer) throw new Error('RunDigest: the run has not ended');
    return { header: this.#header, footer: this.#footer };
  }

  get run(): RunReport['run'] {
    const { header, footer } = this.#done();
    const { startedAt, ...rest } = header.run;
    return { startedAt, finishedAt: footer.finishedAt, ...rest };
  }

  get summary(): RunSummary {
    return this.#done().footer.summary;
  }

  get errors(): readonly InputError[] {
    return this.#done().footer.errors;
  }

  /** Whether the run checked this article (asked only of watched ones). */
  checked(id: string): boolean {
    return this.#checked.has(id);
  }

  /** Tonight's entry for the history. */
  tonight(): HistoryEntry {
    return {
      startedAt: this.run.startedAt,
      summary: this.summary,
      feeds: Object.fromEntries(this.#feeds.runs()),
    };
  }

  /** Every alert of the run: the article alerts as they came, then the feed, trend, run and input ones. */
  alerts(history: readonly HistoryEntry[]): Alert[] {
    const { summary, errors } = this.#done().footer;
    return [
      ...this.#articleAlerts,
      ...runAlerts({ summary, errors, feeds: this.#feeds.runs() }, this.#config, { history }),
    ];
  }

  console(): ConsoleView {
    const { header, footer } = this.#done();
    return {
      version: header.tool.version,
      summary: footer.summary,
      kinds: this.#tally.kinds,
      worst: this.#tally.worst,
      errors: footer.errors,
    };
  }
}
