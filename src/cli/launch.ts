/** The process around the CLI: exit code from `main`, and exit code 3 for a defect nothing caught. */
import { main } from './main.js';
import { EXIT } from './exit-codes.js';

export async function launch(argv: string[]): Promise<void> {
  // Exit code 1 means "an alert fired": a defect that escapes every handler must not look like one.
  const crashed = (e: unknown): void => {
    process.stderr.write(`syndiq: the run failed: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exit(EXIT.failure);
  };
  process.on('uncaughtException', crashed);
  process.on('unhandledRejection', crashed);
  process.exitCode = await main(argv);
}
