import { beforeAll, beforeEach } from "vitest";
import { resetDatabase, truncateAll } from "../support/db";

beforeAll(resetDatabase);
beforeEach(truncateAll);
