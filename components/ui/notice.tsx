import type { ComponentProps } from "react";
import { cn } from "./cn";

const tones = {
  info: "border-sky-300 bg-sky-50 text-sky-950",
  gentle: "border-amber-300 bg-amber-50 text-amber-950",
  error: "border-rose-300 bg-rose-50 text-rose-950",
} as const;

export function Notice({ tone = "info", className, ...props }: ComponentProps<"div"> & { tone?: keyof typeof tones }) {
  return <div className={cn("rounded-xl border p-4", tones[tone], className)} {...props} />;
}
