import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { emailRules, nameRules, newPasswordRules } from "@/components/auth/account-rules";
import { categoryRules, descriptionRules, titleRules } from "@/components/boundaries/boundary-rules";
import { noteRules, questionRules, whatRules } from "@/components/commitments/commitment-rules";
import { calendarDay } from "@/components/ui/form-rules";
import { emailSchema, nameSchema, newPasswordSchema } from "@/server/account/schema";
import { boundaryFields } from "@/server/boundaries/schema";
import { changeCommitmentSchema } from "@/server/commitments/schema";
import { checkInviteCode } from "@/server/invite/fields";
import { inviteCodeSchema } from "@/server/invite/schema";

/**
 * The forms check with react-hook-form rules (no zod in the browser); the server with its zod
 * schemas. For the same input both must find the same first problem, in the same words.
 */
type Check = (value: string) => true | string | boolean;
type Rules = { validate: Check | Record<string, Check> };

/** What react-hook-form shows: the first validate function that doesn't pass, in order. */
function formMessage(rules: Rules, value: string): string | null {
  const checks = typeof rules.validate === "function" ? [rules.validate] : Object.values(rules.validate);
  for (const check of checks) {
    const result = check(value);
    if (result !== true) return typeof result === "string" ? result : "invalid";
  }
  return null;
}

function serverMessage(schema: z.ZodType, value: string): string | null {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? "invalid");
}

const samples = (max: number) => ["", "   ", "a", "  kept  ", "x".repeat(max), ` ${"x".repeat(max)} `, "x".repeat(max + 1)];

describe("form rules find what the server's schemas find, in the same words", () => {
  it.each([
    ["name", nameRules, nameSchema, [...samples(80), "Kit"]],
    ["email", emailRules, emailSchema, ["", "  ", "kit@", "Kit@Example.COM", "  kit@example.com ", "a@b", "a@b.c", "first.last+tag@mail.example.org", `${"a".repeat(250)}@x.io`, "x y@example.com"]],
    ["password", newPasswordRules, newPasswordSchema, ["", "short", "abcdefgh", "Password123", "12345678", "a".repeat(128), "a".repeat(129), "a calm long passphrase"]],
    ["boundary title", titleRules, boundaryFields.title, samples(120)],
    ["boundary description", descriptionRules, boundaryFields.description, samples(2000)],
    ["boundary category", categoryRules, boundaryFields.category, ["communication", "other", "", "gardening"]],
    ["commitment", whatRules, changeCommitmentSchema.shape.what, samples(200)],
    ["check-in question", questionRules, changeCommitmentSchema.shape.question, samples(200)],
  ] as const)("%s", (_, rules, schema, values) => {
    for (const value of values) expect(formMessage(rules as Rules, value), JSON.stringify(value)).toBe(serverMessage(schema, value));
  });

  it("a note over the limit gets the server's words (the form counts it as typed)", () => {
    expect(formMessage(noteRules as Rules, "x".repeat(1000))).toBeNull();
    expect(formMessage(noteRules as Rules, "x".repeat(1001))).toBe(serverMessage(changeCommitmentSchema.shape.why, "x".repeat(1001)));
  });

  it("invite codes", () => {
    for (const value of ["", "ABCD-2345", "abcd 2345", "ILO0-1234", "ABCD-234", "ABCD-23456", "ABCU-2345", "AB!D-2345", "x".repeat(33), " abcd-2345 "]) {
      const server = serverMessage(inviteCodeSchema, value);
      expect(checkInviteCode(value) === true ? null : checkInviteCode(value), JSON.stringify(value)).toBe(server);
    }
  });

  it("calendar days as a date input gives them", () => {
    const check = calendarDay("Choose a date.");
    expect(check("2026-02-28")).toBe(true);
    expect(check("2028-02-29")).toBe(true);
    expect(check("2026-02-29")).toBe("Choose a date.");
    expect(check("2026-13-01")).toBe("Choose a date.");
    expect(check("")).toBe("Choose a date.");
  });
});
