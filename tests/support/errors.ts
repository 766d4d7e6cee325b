import { TRPCError } from "@trpc/server";
import { expect } from "vitest";

/** Awaits a call that must fail with this tRPC code, and returns the error for further checks. */
export async function expectTRPCError(promise: Promise<unknown>, code: TRPCError["code"]): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe(code);
  return error as TRPCError;
}
