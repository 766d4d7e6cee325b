import type { ComponentProps } from "react";
import { cn } from "./cn";

const tones = {
  plain: "border-stone-200 bg-white",
  urgent: "border-rose-300 bg-rose-50",
} as const;

export function Card({ tone = "plain", className, ...props }: ComponentProps<"section"> & { tone?: keyof typeof tones }) {
  return <section className={cn("rounded-2xl border p-5 shadow-sm sm:p-6", tones[tone], className)} {...props} />;
}
