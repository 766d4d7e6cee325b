import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

interface ErrorData {
  field?: string | null;
  zodError?: { fieldErrors?: Record<string, string[] | undefined>; formErrors?: string[] } | null;
}

/**
 * Puts a server error next to the field it is about (or on `root` when it is about the form), so
 * every bad input gets a clear message in place.
 */
export function applyServerError<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: readonly string[]) {
  const message = error instanceof Error ? error.message : "Something went wrong. Please try again.";
  // By name rather than `instanceof TRPCClientError`: importing @trpc/client here, in forms that
  // load on demand, made the bundler keep more of it on every page (2.7 kB; docs/benchmarks.md).
  if (!(error instanceof Error) || error.name !== "TRPCClientError") {
    setError("root", { message: "We couldn't reach Twofold. Please check your connection and try again." });
    return;
  }
  const data = ((error as Error & { data?: unknown }).data ?? {}) as ErrorData;
  const fieldErrors = data.zodError?.fieldErrors ?? {};
  let placed = false;
  for (const [name, messages] of Object.entries(fieldErrors)) {
    if (fields.includes(name) && messages?.[0]) {
      setError(name as Path<T>, { message: messages[0] });
      placed = true;
    }
  }
  if (placed) return;
  if (data.field && fields.includes(data.field)) setError(data.field as Path<T>, { message });
  else setError("root", { message });
}
