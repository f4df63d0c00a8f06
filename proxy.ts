import { NextResponse, type NextRequest } from "next/server";
import { checkSessionCookie } from "@/lib/auth/session-cookie";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

/**
 * Runs before every page and route handler: gives the response its Content-Security-Policy with a fresh
 * script nonce, and keeps the back-office session's idle clock (SESSION_IDLE_MINUTES): activity renews the
 * stamp, an idle session is ended here. Authorisation is NOT decided here; every page, server action and
 * route handler checks it itself (lib/permissions.ts).
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);

  const { pathname } = request.nextUrl;
  const backOffice = pathname === "/admin" || pathname.startsWith("/admin/") || (pathname.startsWith("/api/") && !pathname.startsWith("/api/auth/"));
  const session = backOffice ? await checkSessionCookie(request.cookies) : { state: "none" as const };

  let response: NextResponse;
  if (session.state === "expired" && request.method === "GET" && !request.headers.has("next-action") && pathname.startsWith("/admin")) {
    response = NextResponse.redirect(new URL("/login?notice=expired", request.url));
  } else {
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  if (session.state === "expired") response.cookies.delete(session.cookie);
  if (session.state === "active" && session.renewed) {
    response.cookies.set(session.cookie, session.renewed.value, {
      maxAge: session.renewed.maxAge,
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: session.cookie.startsWith("__Secure-"),
    });
  }
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
