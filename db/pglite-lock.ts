import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * PGlite corrupts its data directory silently when two processes open it, and has no lock of its
 * own. This holds an exclusive lock file beside the data directory for the life of the process; a
 * second process gets an error naming the holder. A lock left by a process that no longer runs is
 * taken over.
 */
export class DataDirectoryLockedError extends Error {
  constructor(lockFile: string, holder: LockHolder) {
    super(
      `The embedded database at ${path.dirname(lockFile)} is already open in process ${holder.pid} ` +
        `(${holder.command}, started ${holder.startedAt}). PGlite allows one process per data directory: ` +
        `stop that process, or point this one at another DATA_DIR or at PostgreSQL with DATABASE_URL.`,
    );
    this.name = "DataDirectoryLockedError";
  }
}

interface LockHolder {
  pid: number;
  host: string;
  command: string;
  startedAt: string;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(lockFile: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(lockFile, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dataDirectory: string): () => void {
  mkdirSync(dataDirectory, { recursive: true });
  const lockFile = path.join(dataDirectory, "twofold.lock");
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: process.argv.slice(1, 3).map((a) => path.basename(a)).join(" ") || "node",
    startedAt: new Date().toISOString(),
  };

  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, JSON.stringify(me), { flag: "wx" });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        if (readHolder(lockFile)?.pid === process.pid) rmSync(lockFile, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readHolder(lockFile);
      if (holder && holder.pid === process.pid) {
        throw new Error("This process already holds the embedded database lock; reuse the open instance.");
      }
      // On another host we cannot tell whether the holder still runs, so it counts as held.
      if (holder && (holder.host !== me.host || isRunning(holder.pid))) {
        throw new DataDirectoryLockedError(lockFile, holder);
      }
      // Stale: left by a process that has exited (or unreadable). Take it over once.
      if (existsSync(lockFile)) rmSync(lockFile, { force: true });
    }
  }
  throw new Error(`Could not take the lock ${lockFile}.`);
}
