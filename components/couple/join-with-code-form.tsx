"use client";

import { useMutation } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/app/_trpc/client";
import { applyServerError } from "@/components/auth/server-errors";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";
import { checkInviteCode } from "@/server/invite/fields";

export function JoinWithCodeForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const accept = useMutation(trpc.invite.accept.mutationOptions());
  const form = useForm<{ code: string }>({ defaultValues: { code: "" } });
  const { errors, isSubmitting } = form.formState;

  const onSubmit = form.handleSubmit(async ({ code }) => {
    try {
      await accept.mutateAsync({ code });
      router.push("/couple");
    } catch (error) {
      applyServerError(error, form.setError, ["code"]);
    }
  });

  return (
    <Card className="space-y-4" aria-labelledby="join-title">
      <h2 id="join-title" className="text-xl font-semibold">
        Have a code from your partner?
      </h2>
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        {errors.root?.message ? (
          <Notice tone="error" role="alert">
            {errors.root.message}
          </Notice>
        ) : null}
        <Field label="Invite code" hint="8 letters and numbers, like ABCD-2345" error={errors.code?.message}>
          <Input autoComplete="off" autoCapitalize="characters" spellCheck={false} {...form.register("code", { validate: checkInviteCode })} />
        </Field>
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Linking…" : "Link with my partner"}
        </Button>
      </form>
    </Card>
  );
}
