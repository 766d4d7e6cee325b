"use server";

import { CredentialsSignin } from "next-auth";
import { storable } from "@/lib/storable";
import { signInSchema, type SignInInput } from "@/server/account/schema";
import { signIn, signOut } from "./config";

export type SignInResult = { ok: true } | { ok: false; message: string; needsCode?: boolean };

export async function signInAction(input: SignInInput): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success || !storable(parsed.data)) return { ok: false, message: "Please enter your email and password." };
  try {
    await signIn("credentials", { ...parsed.data, redirect: false });
    return { ok: true };
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      if (error.code === "code_required") return { ok: false, needsCode: true, message: "Enter the 6-digit code from your authenticator app." };
      if (error.code === "code_invalid") return { ok: false, needsCode: true, message: "That code didn't match. Try the newest code from your app." };
      return {
        ok: false,
        // Same words whether the email is unknown or the password is wrong.
        message:
          error.code === "rate_limited"
            ? "Too many sign-in attempts. Please wait a few minutes and try again."
            : "That email and password don't match an account. Please try again.",
      };
    }
    throw error;
  }
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
