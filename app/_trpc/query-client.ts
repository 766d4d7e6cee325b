import { QueryClient, defaultShouldDehydrateQuery } from "@tanstack/react-query";
import { fromWire, toWire } from "@/lib/wire";

export function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30 * 1000 },
      dehydrate: {
        serializeData: toWire,
        shouldDehydrateQuery: (query) => defaultShouldDehydrateQuery(query) || query.state.status === "pending",
      },
      hydrate: { deserializeData: fromWire },
    },
  });
}
