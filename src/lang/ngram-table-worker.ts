/**
 * Builds the shared n-gram table in a thread of its own and posts it back: the database module's
 * objects die with this thread instead of staying in the memory of the one that starts the workers.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadNgramTable } from './ngram-table.js';

parentPort!.postMessage(loadNgramTable(workerData as string));
