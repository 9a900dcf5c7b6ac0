/**
 * A worker thread of `extractMany` (src/batch.ts). It loads the library once, builds its
 * extractor once (with the batch's gazetteer config, if any), then answers each chunk of texts
 * with one result per text, in order: the extraction as JSON text, or the error it raised.
 * Built beside the library as dist/worker.js (ESM, importing ./index.js) and dist/worker.cjs
 * (CommonJS, requiring ./index.cjs): see tsup.config.ts.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createExtractor, extract } from './index.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './batch.js';

const port = parentPort;
if (port === null) throw new Error('transfer-talk: worker.js is started by extractMany(), not run directly');
const { config } = workerData as WorkerInit;
const run = config === undefined ? extract : createExtractor(config).extract;

port.on('message', ({ id, items }: WorkerRequest) => {
  const results = items.map(({ text, date }): WorkerReply['results'][number] => {
    try {
      return { json: JSON.stringify(run(text, date === undefined ? undefined : { date })) };
    } catch (e) {
      return { error: e instanceof Error ? { name: e.name, message: e.message } : { name: 'Error', message: String(e) } };
    }
  });
  port.postMessage({ id, results } satisfies WorkerReply);
});
