import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { DataDirectoryLockedError, acquireDataDirLock } from "@/db/pglite-lock";

const dirs: string[] = [];
function tempDir() {
  const dir = mkdtempSync(path.join(tmpdir(), "twofold-lock-"));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("embedded database lock", () => {
  it("refuses a second process on the same data directory, naming the holder", async () => {
    const dir = tempDir();
    // A real second process holds the lock.
    const holder = spawn(
      process.execPath,
      ["-e", `require("fs").writeFileSync(${JSON.stringify(path.join(dir, "twofold.lock"))}, JSON.stringify({pid: process.pid, host: require("os").hostname(), command: "holder", startedAt: "now"}), {flag: "wx"}); console.log("held"); setInterval(() => {}, 1000);`],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) => holder.stdout.once("data", () => resolve()));
    try {
      const error = await openDatabase({ dataDir: dir }).then(() => null, (caught: unknown) => caught);
      expect(error).toBeInstanceOf(DataDirectoryLockedError);
      expect((error as Error).message).toContain(`process ${holder.pid}`);
    } finally {
      holder.kill("SIGKILL");
      await new Promise((resolve) => holder.once("exit", resolve));
    }
    // The holder is gone: its stale lock is taken over.
    const release = acquireDataDirLock(dir);
    release();
  });

  it("takes over a lock left by an earlier process that had this same pid (a restarted container)", async () => {
    const dir = tempDir();
    const { writeFileSync } = await import("node:fs");
    const { hostname } = await import("node:os");
    writeFileSync(path.join(dir, "twofold.lock"), JSON.stringify({ pid: process.pid, host: hostname(), command: "earlier", startedAt: "then", nonce: "old" }));
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir)).toThrow(/already holds/);
    release();
  });

  it("opens, persists and reopens PGlite in a directory, releasing the lock on close", async () => {
    const dir = tempDir();
    const first = await openDatabase({ dataDir: dir });
    expect(() => acquireDataDirLock(dir)).toThrow();
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    await second.ping();
    await second.close();
  }, 60_000);
});
