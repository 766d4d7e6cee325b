/** Every string in a value is well-formed Unicode and free of NUL: PostgreSQL can store neither. */
export function storable(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.isWellFormed() && !value.includes("\u0000");
  if (depth > 8 || value === null || typeof value !== "object") return true;
  return Object.entries(value).every(([key, inner]) => storable(key, depth + 1) && storable(inner, depth + 1));
}
