import { main } from './cli-main.js';

process.exitCode = await main(process.argv.slice(2), process);
// A read of stdin left pending (`... | transfer-talk --jsonl | head -1` stops early) would keep
// the process alive: stdin is no longer needed once main is done.
if (process.stdin.readableFlowing !== null) process.stdin.destroy();
