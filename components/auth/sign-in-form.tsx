"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { signInSchema } from "@/server/account/schema";
import { signInAction } from "@/server/auth/actions";

type Values = z.input<typeof signInSchema>;

export function SignInForm({ redirectTo }: { redirectTo: string }) {
  const form = useForm<Values, unknown, z.output<typeof signInSchema>>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
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
        <Input type="email" autoComplete="email" {...form.register("email")} />
      </Field>
      <Field label="Password" error={errors.password?.message}>
        <Input type="password" autoComplete="current-password" {...form.register("password")} />
      </Field>
      {needsCode ? (
        <Field label="Code from your authenticator app" hint="Six digits. It changes every 30 seconds." error={errors.code?.message}>
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} {...form.register("code")} />
        </Field>
      ) : null}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? "Signing in…" : "Sign in"}
      </Button>
    </form>
  );
}
