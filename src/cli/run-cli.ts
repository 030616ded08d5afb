import { ZodError } from 'zod';

/** Runs a command's main; a failure prints one clear line and exits non-zero, never a stack dump. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    const message =
      error instanceof ZodError
        ? error.issues.map((issue) => issue.message).join('; ')
        : error instanceof Error
          ? error.message
          : String(error);
    console.error(`Error: ${message}`);
    process.exitCode = 1;
  });
}
