/** Text that cannot become a value: why, and where (1-based line) when known. */
export class ParseError extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
    /** The field where the problem starts, when it is about a value (nesting). */
    readonly field?: string,
  ) {
    super(line === undefined ? reason : `${reason} (line ${line})`);
    this.name = 'ParseError';
  }
}
