/**
 * Local emergency numbers, for immediate danger: part of the crisis list (crisis-resources.ts, whose
 * review rules apply here too, and whose test pins these numbers).
 */
export interface CrisisContact {
  kind: "call" | "text" | "chat" | "web";
  /** What a person reads, e.g. "Call or text 988". */
  label: string;
  href: string;
}

export const emergencyNumbers: readonly CrisisContact[] = [
  { kind: "call", label: "911 (US and Canada)", href: "tel:911" },
  { kind: "call", label: "112 (EU and many other countries)", href: "tel:112" },
  { kind: "call", label: "999 (UK)", href: "tel:999" },
];
