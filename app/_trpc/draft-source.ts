import "server-only";
import { z } from "zod";
import type { DraftSource } from "@/components/commitments/commitment-form";
import { getQueryClient, trpc } from "./server";

const params = z.object({ fromSession: z.uuid(), step: z.coerce.number().int().min(0).max(29) });

/**
 * `?fromSession=…&step=…` on the boundaries or commitments page: the exercise draft you both
 * agreed to, to prefill a proposal. A link that doesn't fit (wrong couple, not agreed, already
 * used, bad ids) just opens the page as usual.
 */
export async function draftFromSearch(searchParams: Record<string, string | string[] | undefined>, produces: "boundary" | "commitment"): Promise<DraftSource | undefined> {
  const parsed = params.safeParse(searchParams);
  if (!parsed.success) return undefined;
  const ref = { sessionId: parsed.data.fromSession, stepIndex: parsed.data.step };
  try {
    const { title, details, taken } = await getQueryClient().fetchQuery(trpc.exercise.agreedDraft.queryOptions({ ...ref, produces }));
    // Already taken further: the exercise links to it; the page opens as usual.
    return taken ? undefined : { ref, title, details };
  } catch {
    return undefined;
  }
}
