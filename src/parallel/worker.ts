/**
 * A check worker: loads the resources and the originals index once, then checks the articles it is
 * sent, one at a time, writing its stage into the shared tracker as it goes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Baseline } from '../baseline/baseline.js';
import { runLanguages } from '../resources.js';
import { warmUp } from '../pipeline/warm-up.js';
import { preloadProcessTables } from '../resources/preload.js';
import { StageTracker } from './progress.js';
import {
  loadRules,
  openWorkerIndex,
  type WorkerInit,
  type WorkerReply,
  type WorkerRequest,
} from './protocol.js';
import { checkFailure, trackedChecker } from './tracked-check.js';

const init = workerData as WorkerInit;
const tracker = new StageTracker(init.tracker);
const index = openWorkerIndex(init);
// the per-thread tables (word evidence) load here, before the first article, and the run's language
// model (shared memory, in the resources) is installed
preloadProcessTables(init.resources, runLanguages(init.config));
const rules = await loadRules(init.rulesModule);
const checker = trackedChecker(
  {
    index,
    resources: init.resources,
    config: init.config,
    rules,
    ...(init.baseline ? { baseline: new Baseline(init.baseline) } : {}),
  },
  tracker,
);
const port = parentPort!;

// Warm up (the code compiles on first use, the index reads its pages on first use), so a budget only
// ever times checking.
warmUp({ resources: init.resources, config: init.config, rules });
try {
  checker.check({
    id: 'warm-up',
    input: 'warm-up',
    title: 'A short warm-up title',
    body: 'A short warm-up text.',
  });
} catch {
  // a failing check shows on the first real article
}
port.postMessage({ kind: 'ready' } satisfies WorkerReply);

port.on('message', (request: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { kind: 'result', seq: request.seq, result: checker.check(request.article) };
  } catch (e) {
    reply = {
      kind: 'failed',
      seq: request.seq,
      message: checkFailure(request.article, (e as Error).message),
    };
  }
  port.postMessage(reply);
});
