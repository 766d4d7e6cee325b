import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * PGlite corrupts its data directory silently when two processes open it, and has no lock of its
 * own. This holds an exclusive lock file in the data directory for the life of the process; a
 * second process gets an error naming the holder. A lock left by a process that no longer runs is
 * taken over.
 *
 * The lock is written whole under a temporary name and hard-linked into place (atomic, and never
 * seen empty); a stale lock is taken over by renaming it aside and checking it is still the one
 * judged stale, so two processes racing for a stale lock cannot both win.
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
  nonce: string;
}

// Locks this process holds right now. A lock file naming our pid that is not in here was left by an
// earlier process that had the same pid (a restarted container), so it is stale.
const held = new Set<string>();

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readHolder(file: string): LockHolder | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as LockHolder;
  } catch {
    return null;
  }
}

export function acquireDataDirLock(dataDirectory: string): () => void {
  mkdirSync(dataDirectory, { recursive: true, mode: 0o700 });
  const lockFile = path.join(dataDirectory, "twofold.lock");
  if (held.has(lockFile)) throw new Error("This process already holds the embedded database lock; reuse the open instance.");
  const me: LockHolder = {
    pid: process.pid,
    host: hostname(),
    command: process.argv.slice(1, 3).map((a) => path.basename(a)).join(" ") || "node",
    startedAt: new Date().toISOString(),
    nonce: `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`,
  };
  const temporary = `${lockFile}.${me.nonce}.tmp`;
  writeFileSync(temporary, JSON.stringify(me), { mode: 0o600 });

  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(temporary, lockFile);
        held.add(lockFile);
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          held.delete(lockFile);
          if (readHolder(lockFile)?.nonce === me.nonce) rmSync(lockFile, { force: true });
          process.off("exit", release);
        };
        process.on("exit", release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const holder = readHolder(lockFile);
      // On another host we cannot tell whether the holder still runs, so it counts as held.
      const stale = holder !== null && holder.host === me.host && (holder.pid === process.pid || !isRunning(holder.pid));
      if (holder && !stale) throw new DataDirectoryLockedError(lockFile, holder);
      if (!holder) {
        // Unreadable: either being replaced right now or damaged. Look again before judging it.
        if (attempt === 0) continue;
        throw new Error(`The lock file ${lockFile} cannot be read. If no Twofold process is running, delete it.`);
      }
      const aside = `${lockFile}.${me.nonce}.stale`;
      try {
        renameSync(lockFile, aside);
      } catch {
        continue; // someone else moved it first; try again
      }
      const moved = readHolder(aside);
      if (moved?.nonce !== holder.nonce && moved) {
        // We moved a fresh lock another process had just taken: put it back and give way.
        try {
          linkSync(aside, lockFile);
        } finally {
          rmSync(aside, { force: true });
        }
        throw new DataDirectoryLockedError(lockFile, moved);
      }
      rmSync(aside, { force: true });
    }
    throw new Error(`Could not take the lock ${lockFile}.`);
  } finally {
    if (existsSync(temporary)) rmSync(temporary, { force: true });
  }
}
