"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { signOutAction } from "@/server/auth/actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Notice } from "@/components/ui/notice";

function PasswordField({ label, value, onChange, autoComplete }: { label: string; value: string; onChange: (v: string) => void; autoComplete: string }) {
  const id = useId();
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      <Input id={id} type="password" autoComplete={autoComplete} value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function Result({ error, done }: { error: { message: string } | null; done: string | null }) {
  if (error)
    return (
      <Notice tone="error" role="alert">
        {error.message}
      </Notice>
    );
  return done ? <p role="status">{done}</p> : null;
}

/** One JSON file: my data and our shared items, never my partner's private ones. */
export function ExportData() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [error, setError] = useState<Error | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <div className="space-y-2">
      <p className="text-stone-800">Your own entries, and what you and your partner share. Your partner&apos;s private entries are never in it.</p>
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            const data = await queryClient.fetchQuery({ ...trpc.account.export.queryOptions(), staleTime: 0 });
            const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
            const link = Object.assign(document.createElement("a"), { href: url, download: `twofold-export-${new Date().toISOString().slice(0, 10)}.json` });
            link.click();
            // Some browsers start the download after click() returns: free the file a little later.
            setTimeout(() => URL.revokeObjectURL(url), 10_000);
          } catch (caught) {
            setError(caught as Error);
          } finally {
            setBusy(false);
          }
        }}
      >
        Download my data
      </Button>
      <Result error={error} done={null} />
    </div>
  );
}

export function ChangeEmail() {
  const trpc = useTRPC();
  const [password, setPassword] = useState("");
  const [email, setEmail] = useState("");
  const emailId = useId();
  const change = useMutation(trpc.account.changeEmail.mutationOptions({ onSuccess: () => (setPassword(""), setEmail("")) }));
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), change.mutate({ password, email }))}>
      <div className="space-y-1">
        <label htmlFor={emailId} className="block font-medium">
          New email
        </label>
        <Input id={emailId} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />
      </div>
      <PasswordField label="Your current password" value={password} onChange={setPassword} autoComplete="current-password" />
      <Button type="submit" variant="secondary" disabled={change.isPending}>
        Change email
      </Button>
      <Result error={change.error} done={change.isSuccess ? "Your email is changed." : null} />
    </form>
  );
}

export function ChangePassword() {
  const trpc = useTRPC();
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const change = useMutation(trpc.account.changePassword.mutationOptions({ onSuccess: () => (setCurrent(""), setNext("")) }));
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), change.mutate({ current, next }))}>
      <PasswordField label="Current password" value={current} onChange={setCurrent} autoComplete="current-password" />
      <PasswordField label="New password" value={next} onChange={setNext} autoComplete="new-password" />
      <Button type="submit" variant="secondary" disabled={change.isPending}>
        Change password
      </Button>
      <Result error={change.error} done={change.isSuccess ? "Your password is changed. Other devices are signed out." : null} />
    </form>
  );
}

/** For good: my data goes, our shared space ends, my partner keeps their own content. */
export function DeleteAccount() {
  const trpc = useTRPC();
  const [password, setPassword] = useState("");
  const [sure, setSure] = useState(false);
  const sureId = useId();
  // The account and its sessions are gone; signing out also clears this browser's cookie.
  const remove = useMutation(trpc.account.delete.mutationOptions({ onSuccess: () => signOutAction() }));
  return (
    <form className="space-y-2" onSubmit={(e) => (e.preventDefault(), remove.mutate({ password }))}>
      <p className="text-stone-800">
        This removes your account and your own data, ends your shared space and signs you out everywhere. Your partner keeps their own entries. It can&apos;t be undone.
      </p>
      <PasswordField label="Your password" value={password} onChange={setPassword} autoComplete="current-password" />
      <label htmlFor={sureId} className="flex min-h-11 items-center gap-2">
        <input id={sureId} type="checkbox" className="size-5" checked={sure} onChange={(e) => setSure(e.target.checked)} />I understand this deletes my account for good
      </label>
      <Button type="submit" variant="danger" disabled={!sure || remove.isPending}>
        Delete my account
      </Button>
      <Result error={remove.error} done={null} />
    </form>
  );
}
