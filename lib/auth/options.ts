import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { env } from "@/lib/env";
import { clientIpFrom } from "@/lib/client-ip";
import { SESSION_MAX_AGE_SECONDS } from "./session-policy";
import { LOCKED_ERROR } from "./sign-in-errors";
import { authenticate } from "./users";

const credentials = z.object({ username: z.string().trim().min(1).max(64), password: z.string().min(1).max(256) });

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "用户名和密码",
      credentials: { username: { label: "用户名" }, password: { label: "密码", type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const result = await authenticate(parsed.data.username, parsed.data.password, clientIpFrom(req?.headers ?? {}));
        // next-auth hands a thrown message to the login form as the error code.
        if (!result.ok && result.reason === "locked") throw new Error(LOCKED_ERROR);
        return result.ok ? { id: result.user.id, name: result.user.name, sessionVersion: result.user.sessionVersion } : null;
      },
    }),
  ],
  callbacks: {
    // The token carries the user id, the session version (a password change signs out everywhere) and the
    // session clock; proxy.ts renews `la` on activity and currentUser() enforces the idle timeout.
    async jwt({ token, user }) {
      if (user) {
        const now = Date.now();
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        token.sia = now;
        token.la = now;
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, uid: token.uid, sv: token.sv, sia: token.sia, la: token.la };
    },
  },
};
