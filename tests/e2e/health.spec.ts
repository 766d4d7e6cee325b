import { expect, test } from "@playwright/test";

import { realtimePort } from "../../playwright.config";

test("/api/health reports the embedded database and realtime server, whether they answer, and where the browser connects", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    status: "ok",
    database: { kind: "pglite", ok: true },
    realtime: { mode: "embedded", ok: true, key: "twofold-local", cluster: null, wsHost: "page", wsPort: realtimePort },
  });
});
