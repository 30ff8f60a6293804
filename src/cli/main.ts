// Entry point of the `claimlens` command (bundled to dist/cli/claimlens.mjs): wires the CLI to the process.
import { readFileSync } from 'node:fs';
import { main } from './run.js';

// A closed pipe (claimlens … | head) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = main(process.argv.slice(2), {
  readFile: (p) => readFileSync(p),
  readStdin: () => readFileSync(0),
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
});
