import "next-auth";
import "next-auth/jwt";

// uid: user id; sv: session version; sia: signed in at; la: last activity (epoch ms). See lib/auth/options.ts.
declare module "next-auth" {
  interface Session {
    uid?: string;
    sv?: number;
    sia?: number;
    la?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    sia?: number;
    la?: number;
  }
}
