/** Exit codes, as documented: the nightly job's contract. */
export const EXIT = {
  /** The run finished and no alert fired. */
  ok: 0,
  /** The run finished and a threshold alert fired. */
  alert: 1,
  /** Bad usage or configuration. */
  usage: 2,
  /** The run itself failed (nothing could be checked, reports could not be written). */
  failure: 3,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error that ends the command with a given exit code and a message for stderr. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
  }
}

/**
 * How a command hands its work to `main`: the work runs only after the whole command line has been
 * parsed and validated, so an unknown or misspelt flag is a usage error before anything is read.
 */
export type Schedule = (work: () => Promise<ExitCode>) => void;
