import { beforeAll, beforeEach } from "vitest";
import { resetDatabase, truncateAll } from "../support/db";
import { embeddedRealtime } from "../support/realtime";

beforeAll(async () => {
  await resetDatabase();
  // The app announces changes after commits; a real embedded server receives them.
  await embeddedRealtime();
});
beforeEach(truncateAll);
