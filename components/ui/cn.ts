import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names. It doesn't resolve conflicting Tailwind utilities (no tailwind-merge: 8 kB on
 * every page), so components offer a variant or tone prop instead of callers overriding their
 * colours or borders with className.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs);
}
