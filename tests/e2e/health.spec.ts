import { expect, test } from "@playwright/test";

test("/api/health reports the embedded database and that it answers", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: { kind: "pglite", ok: true } });
});
