/**
 * What the batch API asks of the runtime: the number of cores and worker threads. This is the
 * Node version; the browser build (tsup.config.ts) puts src/platform.browser.ts in its place, so
 * its bundle names no Node built-in at all (bundlers need no stubs for it).
 */
export type WorkerThreads = typeof import('node:worker_threads');

export async function defaultThreads(): Promise<number> {
  try {
    const os = await import('node:os');
    return typeof os.availableParallelism === 'function' ? os.availableParallelism() : Math.max(1, os.cpus().length);
  } catch {
    const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
    return nav?.hardwareConcurrency ?? 1;
  }
}

export async function workerThreads(): Promise<WorkerThreads | null> {
  try {
    return await import('node:worker_threads');
  } catch {
    return null; // No worker threads here (a restricted runtime): run in this thread.
  }
}

/** Where the worker script is: beside this module once built (see tsup.config.ts). */
export function workerLocation(): URL | string {
  // esbuild leaves `import.meta` empty in the CommonJS build: there __dirname is dist/.
  const url: string | undefined = (import.meta as { url?: string }).url;
  if (typeof url !== 'string') return `${__dirname}/worker.cjs`;
  // Run from the TypeScript sources (vitest, tsx): a worker cannot load .ts, so use the built one.
  if (/\.[cm]?ts$/.test(new URL(url).pathname)) return new URL('../dist/worker.js', url);
  return new URL('./worker.js', url);
}
