"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { ACCOUNT_WORDS as W, PASSWORD_MAX_LENGTH, TOTP_CODE_PATTERN } from "@/server/account/fields";
import type { SignInInput } from "@/server/account/schema";
import { signInAction } from "@/server/auth/actions";
import { emailRules } from "./account-rules";

export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const form = useForm<SignInInput>({ defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;
  // Accounts with two-step sign-in (therapists) are asked for a code after the password.
  const [needsCode, setNeedsCode] = useState(false);

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await signInAction(values);
    if (!result.ok) {
      if (result.needsCode) {
        setNeedsCode(true);
        form.setError("code", { message: result.message });
        form.setFocus("code");
        return;
      }
      form.setError("root", { message: result.message });
      return;
    }
    // A full navigation, so every server component renders for the new session.
    // Replace, not add: the quick exit relies on one history entry per tab.
    window.location.replace(redirectTo);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {errors.root?.message ? (
        <Notice tone="error" role="alert">
          {errors.root.message}
        </Notice>
      ) : null}
      <Field label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" {...form.register("email", emailRules)} />
      </Field>
      <Field label="Password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register("password", { required: W.signInPasswordMissing, maxLength: { value: PASSWORD_MAX_LENGTH, message: W.signInPasswordTooLong } })} />
      </Field>
      {needsCode ? (
        <Field label="Code from your authenticator app" hint="Six digits. It changes every 30 seconds." error={errors.code?.message}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} {...form.register("code", { validate: (value) => value === undefined || TOTP_CODE_PATTERN.test(value.trim()) || W.codeInvalid })} />
        </Field>
      ) : null}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
