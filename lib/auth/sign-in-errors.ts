// Shared by the server (lib/auth/options.ts throws it) and the login form (shows the message).
export const LOCKED_ERROR = "LOCKED";

export const SIGN_IN_ERROR_MESSAGES = {
  [LOCKED_ERROR]: "登录失败次数过多，该账号或当前网络已被暂时锁定，请 15 分钟后再试，或联系管理员重置密码。",
  default: "用户名或密码错误，或账号已被停用。",
} as const;

export function signInErrorMessage(error: string): string {
  return error === LOCKED_ERROR ? SIGN_IN_ERROR_MESSAGES[LOCKED_ERROR] : SIGN_IN_ERROR_MESSAGES.default;
}
