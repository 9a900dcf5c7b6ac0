/**
 * src/platform.ts for the browser build: no worker threads (batches run in the calling thread,
 * yielding to the event loop every ~20 ms), and no Node built-in named anywhere.
 */
import type { WorkerThreads } from './platform.js';

export type { WorkerThreads };

export async function defaultThreads(): Promise<number> {
  return 1;
}

export async function workerThreads(): Promise<WorkerThreads | null> {
  return null;
}

export function workerLocation(): URL | string {
  throw new Error('transfer-talk: no worker threads in this build');
}
