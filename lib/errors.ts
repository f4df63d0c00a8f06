/** A rule of the domain was broken; the message is shown to the user as is (in Chinese). */
export class DomainError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** Prisma's known request errors are recognised by code, never by message text. */
export function prismaErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^P\d{4}$/.test(code) ? code : undefined;
}

/** Another session saved the record since it was loaded (optimistic locking): nothing was written. */
export class ConflictError extends DomainError {
  constructor() {
    super("该记录已被他人修改，您的修改未保存。请刷新页面查看最新内容后重试。");
  }
}

/** The record does not exist or belongs to another organisation; both answer alike so IDs reveal nothing. */
export class NotFoundError extends Error {
  constructor() {
    super("记录不存在或无权访问。");
  }
}
