export type AppErrorCode = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "CONFLICT" | "TOO_MANY_REQUESTS" | "BAD_REQUEST";

/**
 * An expected failure in domain code. The tRPC layer maps it to a TRPCError with the same code;
 * `field` names the form field the message belongs next to, and `reason` is a stable machine tag.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly field: string | undefined;
  readonly reason: string | undefined;

  constructor(code: AppErrorCode, message: string, options: { field?: string; reason?: string } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
    this.reason = options.reason;
  }
}

/** PostgreSQL unique_violation, from postgres-js or PGlite alike. */
export function isUniqueViolation(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 4; depth++) {
    if ((current as { code?: unknown }).code === "23505") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
