import { appRouter } from "@/server/trpc/routers/_app";

export type Call = (input?: unknown) => Promise<unknown>;

/** Every procedure of the app router, by dotted path ("therapist.twoStep.start"), and its type. */
export const PROCEDURE_TYPES: Record<string, "query" | "mutation" | "subscription"> = Object.fromEntries(
  Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: "query" | "mutation" | "subscription" } }>).map(([path, p]) => [path, p._def.type]),
);

/** A caller's procedure for a dotted path. */
export function procedureAt(caller: unknown, path: string): Call {
  return path.split(".").reduce((node, key) => (node as Record<string, unknown>)[key], caller) as Call;
}
