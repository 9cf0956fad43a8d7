/**
 * A row worker: computes the keys of the originals it is sent and their store rows (the CPU-heavy
 * part of indexing), so the thread writing the index only inserts them.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { useLanguageModel } from '../../lang/eld.js';
import { indexOriginal } from '../indexing.js';
import { storeRow } from '../store/rows.js';
import type { RowReply, RowRequest, RowWorkerInit } from './row-protocol.js';

const init = workerData as RowWorkerInit;
if (init.languageModel) useLanguageModel(init.languageModel);
const port = parentPort!;

port.on('message', (request: RowRequest) => {
  let current = '';
  try {
    const rows = request.originals.map((o) => {
      current = o.id;
      return storeRow(indexOriginal(o, init.languages));
    });
    port.postMessage(
      { seq: request.seq, rows } satisfies RowReply,
      rows.map((r) => r.keyNumbers.buffer as ArrayBuffer),
    );
  } catch (e) {
    port.postMessage({
      seq: request.seq,
      error: `original "${current}" could not be indexed: ${(e as Error).message}`,
    } satisfies RowReply);
  }
});
