/**
 * Progress while articles are checked: a bar with count, rate and ETA on an interactive terminal
 * (cli-progress), a plain line every N articles otherwise (CI logs), nothing with `--quiet`.
 */
import { createRequire } from 'node:module';
import type { Output } from './shared.js';

export interface Progress {
  tick(done: number, total: number): void;
  stop(): void;
}

export interface ProgressOptions {
  quiet?: boolean;
  /** Lines in CI logs: one every this many articles (default 100). */
  every?: number;
  /** The terminal stream, when interactive. */
  stream?: NodeJS.WriteStream;
  now?: () => number;
}

const SILENT: Progress = { tick: () => undefined, stop: () => undefined };

function rate(done: number, ms: number): string {
  return ms > 0 ? `${((done * 1000) / ms).toFixed(1)}/s` : '';
}

export function createProgress(io: Output, options: ProgressOptions = {}): Progress {
  if (options.quiet) return SILENT;
  const now = options.now ?? Date.now;
  const started = now();
  if (io.isTTY && options.stream) {
    // the bar's package is read only when there is a terminal to draw it on
    const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
    const bar = new cliProgress.SingleBar(
      {
        stream: options.stream,
        format: 'checking [{bar}] {value}/{total} articles | {rate} | ETA {eta_formatted}',
        barCompleteChar: '=',
        barIncompleteChar: ' ',
        hideCursor: true,
        clearOnComplete: true,
        // No colour codes: the format has none, and NO_COLOR needs nothing more.
        etaBuffer: 50,
      },
      cliProgress.Presets.legacy,
    );
    let begun = false;
    return {
      tick(done, total) {
        if (!begun) {
          bar.start(total, 0, { rate: '' });
          begun = true;
        } else if (total !== bar.getTotal()) bar.setTotal(total); // a streamed run learns its total as it reads
        bar.update(done, { rate: rate(done, now() - started) });
      },
      stop() {
        if (begun) bar.stop();
      },
    };
  }
  const every = options.every ?? 100;
  let last = 0;
  return {
    tick(done, total) {
      if (done - last >= every || (done === total && last !== 0 && done !== last)) {
        last = done;
        io.err(`syndiq: ${done}/${total} articles checked (${rate(done, now() - started)})`);
      }
    },
    stop: () => undefined,
  };
}
