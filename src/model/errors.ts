// One error shape for everything a user can get wrong: it names where (file:line), which app, and
// which field, so a report can list every failure without a stack trace.

export interface Problem {
  message: string;
  file?: string;
  line?: number;
  /** Application or ApplicationSet name the problem belongs to. */
  app?: string;
  /** Dotted field path inside the spec, e.g. `spec.source.helm.valueFiles[1]`. */
  field?: string;
}

export class SpecError extends Error {
  readonly problem: Problem;
  constructor(problem: Problem) {
    super(formatProblem(problem));
    this.name = 'SpecError';
    this.problem = problem;
  }
}

export function formatProblem(p: Problem): string {
  const where = p.file ? (p.line ? `${p.file}:${p.line}` : p.file) : '';
  const parts = [where, p.app ? `app ${p.app}` : '', p.field ? `field ${p.field}` : ''].filter(Boolean);
  return parts.length ? `${parts.join(': ')}: ${p.message}` : p.message;
}

/** Turns anything thrown into a Problem, keeping SpecError's location and never a stack trace. */
export function toProblem(err: unknown, context: Omit<Problem, 'message'> = {}): Problem {
  if (err instanceof SpecError) return { ...context, ...stripUndefined(err.problem), message: err.problem.message };
  const message = err instanceof Error ? err.message : String(err);
  return { ...context, message };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
