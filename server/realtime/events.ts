/**
 * Realtime events carry a kind and ids, never content: a client that receives one invalidates the
 * matching queries and refetches through tRPC, where access is checked again.
 */
export type RealtimeEvent =
  | { kind: "couple"; id: string }
  | { kind: "invite" }
  | { kind: "exercise"; id: string }
  | { kind: "boundary"; id: string }
  | { kind: "commitment"; id: string }
  | { kind: "mood"; id: string }
  /** A therapist link changed (accepted, consent, revoked, homework, notes); the id is the link's. */
  | { kind: "therapist"; id: string };

export const REALTIME_EVENT_NAME = "change";

/** Shared couple data. A new couple has a new id, so the name is also the membership epoch. */
export const coupleChannel = (coupleId: string) => `private-couple-${coupleId}`;
/** Notices for one person (their other devices, a partner joining). The epoch ends old devices' sockets. */
export const userChannel = (userId: string, epoch: number) => `private-user-${userId}-${epoch}`;

/**
 * What a therapist hears of one couple: kinds and ids only, and only for scopes both partners
 * granted. The link id is the epoch: once access ends, nothing is sent here again and
 * subscribing is refused.
 */
export const careChannel = (linkId: string) => `private-care-${linkId}`;

export const CARE_CHANNEL = /^private-care-([0-9a-f-]{36})$/;
export const COUPLE_CHANNEL = /^private-couple-([0-9a-f-]{36})$/;
export const USER_CHANNEL = /^private-user-([A-Za-z0-9-]{1,64})-(\d{1,9})$/;
