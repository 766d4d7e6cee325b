import { readFile } from "node:fs/promises";
import { serverLog } from "../../../playwright.config";

/**
 * Words the e2e suite types that must never reach the server's log: every test person's password,
 * the planted private markers, heavy words from the supportive-check test, and session cookies.
 */
const NEVER_LOGGED = ["has a long passphrase", "MARKER", "better off without me", "can't go on", "No name-calling", "It was easier today", "authjs.session-token", "demo-alex-2024", "demo-sam-2024"];

export default async function scanServerLog() {
  const log = await readFile(serverLog, "utf8");
  if (!log.includes("[twofold] starting on")) throw new Error(`${serverLog} doesn't look like this run's server log`);
  const found = NEVER_LOGGED.filter((needle) => log.includes(needle));
  if (found.length > 0) throw new Error(`The server log contains private text: ${found.join(", ")}`);
  console.log(`[log-scan] ${serverLog}: ${log.split("\n").length} lines, none holds a password, marker, user's words or cookie`);
}
