import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Pusher protocol 7 signatures, shared by the embedded server, the app and tests. */
export function hmacHex(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value).digest("hex");
}

export function md5Hex(value: string | Buffer): string {
  return createHash("md5").update(value).digest("hex");
}

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** What a private or presence subscription must carry: `key:HMAC(secret, socket_id:channel[:channel_data])`. */
export function channelSignature(key: string, secret: string, socketId: string, channel: string, channelData?: string): string {
  const payload = channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`;
  return `${key}:${hmacHex(secret, payload)}`;
}

// Pusher's own channel name rule.
export const CHANNEL_NAME = /^[-a-zA-Z0-9_=@,.;]{1,164}$/;
export const SOCKET_ID = /^\d+\.\d+$/;
