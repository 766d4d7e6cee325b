import type { ComponentProps } from "react";
import { cn } from "./cn";

const variants = {
  primary: "bg-teal-800 text-white hover:bg-teal-900",
  secondary: "border border-stone-400 bg-white text-stone-900 hover:bg-stone-100",
  quiet: "text-teal-900 underline underline-offset-4 hover:text-teal-950",
  danger: "border border-rose-800 bg-white text-rose-900 hover:bg-rose-50",
} as const;

type Variant = keyof typeof variants;

/** A button's look, for a link that should look like one: `<Link className={buttonClasses("secondary")}>`. */
export function buttonClasses(variant: Variant = "primary", className?: string) {
  return cn(
    "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-base font-medium transition-colors",
    "focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:cursor-not-allowed disabled:opacity-60",
    variants[variant],
    className,
  );
}

export interface ButtonProps extends ComponentProps<"button"> {
  variant?: Variant;
}

export function Button({ variant = "primary", className, type = "button", ...props }: ButtonProps) {
  return <button type={type} className={buttonClasses(variant, className)} {...props} />;
}
