/** Where a command writes, one line at a time; tests pass arrays. */
export interface CliIo {
  stdout: (line: string) => void;
  stderr: (line: string) => void;
}

/** Exit codes of the CLI: 2 is bad input, as CONTRACT.md says. */
export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;
