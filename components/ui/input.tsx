import type { ComponentProps } from "react";
import { cn } from "./cn";

export function Input({ className, ...props }: ComponentProps<"input">) {
  return (
    <input
      className={cn(
        "block min-h-11 w-full rounded-lg border border-stone-500 bg-white px-3 py-2 text-base text-stone-900",
        "focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-amber-500 aria-[invalid=true]:border-rose-700",
        className,
      )}
      {...props}
    />
  );
}
