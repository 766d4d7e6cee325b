import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authSecret, dataDir } from "@/server/env";

describe("configuration with nothing set", () => {
  it("generates AUTH_SECRET once, keeps it in DATA_DIR with owner-only access, and reuses it", () => {
    const first = authSecret();
    const file = path.join(dataDir, "auth-secret");
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, "utf8").trim()).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(authSecret()).toBe(first);
  });
});
