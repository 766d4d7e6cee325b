import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Card({ className, ...props }: ComponentProps<"section">) {
  return <section className={cn("rounded-2xl border border-stone-200 bg-white p-5 shadow-sm sm:p-6", className)} {...props} />;
}
