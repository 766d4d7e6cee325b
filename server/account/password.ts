import { hash, verify } from "@node-rs/argon2";

// argon2id (the library default) with OWASP's baseline cost: 19 MiB, 2 passes, 1 lane (ASVS 11.4.2).
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spend the same work as a real check, so an unknown email answers no faster than a wrong password. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword("twofold-dummy-password-for-timing");
  await verifyPassword(await dummyHash, password);
  return false;
}
