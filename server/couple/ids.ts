/**
 * A couple id that the procedure ladder has checked the viewer is an active member of. Only
 * server/trpc/init.ts creates one; tenant-scoped query functions take this type, so calling them
 * with an unchecked id does not compile.
 */
export type CoupleId = string & { readonly __brand: "CoupleId" };

/** The checked couple and who is acting in it: what couple-scoped domain functions receive. */
export interface Pair {
  coupleId: CoupleId;
  userId: string;
  partnerId: string;
}
