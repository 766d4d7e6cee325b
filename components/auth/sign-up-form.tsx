"use client";

import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useTRPC } from "@/app/_trpc/client";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { trimmedAtMost } from "@/components/ui/form-rules";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/server/account/fields";
import { signInAction } from "@/server/auth/actions";
import { CREDENTIALS_MAX, PRACTICE_MAX, THERAPIST_WORDS } from "@/server/therapist/fields";
import type { TherapistSignUpInput } from "@/server/therapist/schema";
import { emailRules, nameRules, newPasswordRules } from "./account-rules";
import { applyServerError } from "./server-errors";

/** One form for both kinds of account; a therapist also gives practice and credentials (never verified). */
export function SignUpForm({ redirectTo, therapist = false }: { redirectTo: string; therapist?: boolean }) {
  const trpc = useTRPC();
  const signUpPartner = useMutation(trpc.account.signUp.mutationOptions());
  const signUpTherapist = useMutation(trpc.therapist.signUp.mutationOptions());
  const form = useForm<TherapistSignUpInput>({
    defaultValues: { name: "", email: "", password: "", ...(therapist ? { practice: "", credentials: "" } : {}) },
  });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async (values) => {
    try {
      if (therapist) await signUpTherapist.mutateAsync(values);
      else await signUpPartner.mutateAsync({ name: values.name, email: values.email, password: values.password });
    } catch (error) {
      applyServerError(error, form.setError, ["name", "email", "password", "practice", "credentials"]);
      return;
    }
    const result = await signInAction({ email: values.email, password: values.password });
    if (!result.ok) {
      form.setError("root", { message: result.message });
      return;
    }
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
      <Field label="Your name" hint={therapist ? "Couples who work with you will see this name." : "Your partner will see this name."} error={errors.name?.message}>
        <Input autoComplete="name" {...form.register("name", nameRules)} />
      </Field>
      <Field label="Email" error={errors.email?.message}>
        <Input type="email" autoComplete="email" {...form.register("email", emailRules)} />
      </Field>
      <Field
        label="Password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters (up to ${PASSWORD_MAX_LENGTH}). A short phrase works well.`}
        error={errors.password?.message}
      >
        <Input type="password" autoComplete="new-password" {...form.register("password", newPasswordRules)} />
      </Field>
      {therapist ? (
        <>
          <Field label="Practice (optional)" error={errors.practice?.message}>
            <Input autoComplete="organization" {...form.register("practice", { validate: trimmedAtMost(PRACTICE_MAX, THERAPIST_WORDS.practiceTooLong) })} />
          </Field>
          <Field label="Credentials (optional)" hint="As you would describe them to a couple. Twofold does not verify them, and tells couples so." error={errors.credentials?.message}>
            <Input {...form.register("credentials", { validate: trimmedAtMost(CREDENTIALS_MAX, THERAPIST_WORDS.credentialsTooLong) })} />
          </Field>
        </>
      ) : null}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? "Creating your account…" : "Create account"}
      </Button>
    </form>
  );
}
