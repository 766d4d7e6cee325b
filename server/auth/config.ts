import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import { signInSchema } from "@/server/account/schema";
import { authSecret } from "@/server/env";
import { AppError } from "@/server/errors";
import { SESSION_MAX_AGE_SECONDS, createSession, endSession } from "./sessions";
import { clientAddressFrom } from "@/server/http/client-address";
import { attemptSignIn } from "./sign-in";

class InvalidCredentials extends CredentialsSignin {
  code = "invalid_credentials";
}
class SignInRateLimited extends CredentialsSignin {
  code = "rate_limited";
}
class CodeRequired extends CredentialsSignin {
  code = "code_required";
}
class CodeInvalid extends CredentialsSignin {
  code = "code_invalid";
}

declare module "next-auth" {
  interface Session {
    sessionToken?: string;
  }
  interface User {
    /** Set by `authorize` when this sign-in passed two-step sign-in. */
    secondFactor?: boolean;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(async () => {
  const db = await getDb();
  return {
    secret: authSecret(),
    // Self-hosted behind whatever host the operator chooses; the host header is trusted.
    trustHost: true,
    adapter: DrizzleAdapter(db, {
      usersTable: users,
      accountsTable: accounts,
      sessionsTable: sessions,
      verificationTokensTable: verificationTokens,
    }),
    // Credentials sign-in needs JWT cookies; each JWT names a `sessions` row that is checked on
    // every request (server/auth/viewer.ts), so sessions stay revocable server-side.
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/sign-in" },
    providers: [
      Credentials({
        credentials: { email: { type: "email" }, password: { type: "password" }, code: { type: "text" } },
        async authorize(raw, request) {
          const parsed = signInSchema.safeParse({ email: raw.email, password: raw.password, ...(raw.code ? { code: raw.code } : {}) });
          if (!parsed.success) throw new InvalidCredentials();
          try {
            const user = await attemptSignIn(db, {
              ...parsed.data,
              clientAddress: clientAddressFrom(request.headers),
            });
            if (!user) throw new InvalidCredentials();
            return user;
          } catch (error) {
            if (error instanceof AppError && error.code === "TOO_MANY_REQUESTS") throw new SignInRateLimited();
            if (error instanceof AppError && error.reason === "code_required") throw new CodeRequired();
            if (error instanceof AppError && error.reason === "code_invalid") throw new CodeInvalid();
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        // Only on sign-in: a fresh server-side session for this device.
        if (user?.id) {
          token.sub = user.id;
          token.sid = await createSession(db, user.id, { secondFactor: user.secondFactor === true });
        }
        return token;
      },
      session({ session, token }) {
        if (typeof token.sid === "string") session.sessionToken = token.sid;
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endSession(db, sid);
      },
    },
    logger: {
      // Failed sign-ins are expected; never log the attempt itself (it may hold an email address).
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error(`[auth] ${error.name}: ${error.message}`);
      },
      warn() {},
    },
  };
});
