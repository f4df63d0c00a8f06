import "server-only";
import { currentUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/roles";
import { DomainError, NotFoundError } from "@/lib/errors";
import { DENIAL_MESSAGES, denial, type Denial, type Permission } from "@/lib/permissions";
import "@/lib/validation";

const DENIAL_STATUS: Record<Denial, number> = { signed_out: 401, password_change_required: 403, forbidden: 403 };

function jsonError(status: number, message: string) {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * The wrapper for route handlers that need a signed-in user: session → permission → handler, like
 * lib/action.ts for server actions. Organisation checks happen in the lib functions the handler calls
 * (assertOrgAccess / orgScope); a NotFoundError they throw becomes 404, a DomainError 400.
 *   export const GET = apiRoute("audit.view", async (request, user, params) => …);
 */
export function apiRoute<P extends Record<string, string | string[]> = Record<string, never>>(
  permission: Permission,
  run: (request: Request, user: SessionUser, params: P) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const user = await currentUser();
    const denied = denial(user, permission);
    if (denied || !user) return jsonError(DENIAL_STATUS[denied ?? "signed_out"], DENIAL_MESSAGES[denied ?? "signed_out"]);
    return answer(async () => run(request, user, await context.params));
  };
}

/** For route handlers anyone may call (open data): no session, the same error answers as apiRoute. */
export function publicRoute<P extends Record<string, string | string[]> = Record<string, never>>(
  run: (request: Request, params: P) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => answer(async () => run(request, await context.params));
}

async function answer(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof NotFoundError) return jsonError(404, error.message);
    if (error instanceof DomainError) return jsonError(400, error.message);
    console.error("route handler failed", error);
    return jsonError(500, "系统出错，请稍后重试或联系管理员。");
  }
}
