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
  | { kind: "mood"; id: string };

export const REALTIME_EVENT_NAME = "change";

/** Shared couple data. A new couple has a new id, so the name is also the membership epoch. */
export const coupleChannel = (coupleId: string) => `private-couple-${coupleId}`;
/** Notices for one person (their other devices, a partner joining). The epoch ends old devices' sockets. */
export const userChannel = (userId: string, epoch: number) => `private-user-${userId}-${epoch}`;

export const COUPLE_CHANNEL = /^private-couple-([0-9a-f-]{36})$/;
export const USER_CHANNEL = /^private-user-([A-Za-z0-9-]{1,64})-(\d{1,9})$/;
