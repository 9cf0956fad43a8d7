/** `syndiq eval DIR`: check DIR/republished.jsonl against DIR/originals.jsonl and score it with DIR/labels.jsonl. */
import { join } from 'node:path';
import type { SyndiqConfig } from '../config/config.js';
import type { RunReport } from '../model.js';
import { checkInputs, readRunInputs } from '../run.js';
import { evaluate, type EvalResult } from './evaluate.js';
import { readLabels } from './labels.js';

export interface EvalRun {
  report: RunReport;
  result: EvalResult;
}

export async function runEval(dir: string, config: SyndiqConfig): Promise<EvalRun> {
  const labels = await readLabels(join(dir, 'labels.jsonl'));
  const options = {
    inputs: [join(dir, 'republished.jsonl')],
    originals: [join(dir, 'originals.jsonl')],
    config,
  };
  const inputs = await readRunInputs(options);
  const report = checkInputs(inputs, options);
  const texts = (list: { id: string; title: string; body: string }[]) =>
    new Map(list.map((a) => [a.id, { title: a.title, body: a.body }]));
  const result = evaluate(report, labels, {
    republished: texts(inputs.republished.articles),
    originals: texts(inputs.originals.articles),
  });
  return { report, result };
}
