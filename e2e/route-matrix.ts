// Who may open which page, API route and server action: the expectation table of the authorisation tests.
//
// - e2e/route-matrix.spec.ts lists every app/**/page.tsx and app/**/route.ts, signs in for real as each role
//   and requests every route: a route missing from ROUTES fails the test, and so does any answer that differs
//   from the table (an unexpected allow, or an unexpected deny).
// - lib/security/action-matrix.test.ts finds every server action ("use server" files) and calls it as each
//   role: an action missing from ACTIONS fails the test.
//
// Adding a page, route handler or server action? Add a line here (and a fixture if its URL has a [param]).

export const MATRIX_ROLES = ["anonymous", "clerk", "supervisor", "admin", "sfj-clerk", "overseer"] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];
export type Access = "allow" | "deny";
export type Expectation = Record<MatrixRole, Access>;

/** The given roles are allowed, every other role (and anonymous) denied. */
function only(...roles: MatrixRole[]): Expectation {
  return Object.fromEntries(MATRIX_ROLES.map((role) => [role, roles.includes(role) ? "allow" : "deny"])) as Expectation;
}
const everyone = only(...MATRIX_ROLES);
const signedIn = only("clerk", "supervisor", "admin", "sfj-clerk", "overseer");
/** Holders of oversight.view: the 政务公开办 of 永安市 (overseer) and the platform administrator. Read-only. */
const overseers = only("admin", "overseer");
/** Holders of item.edit / request.handle / appeal.edit: the clerks of both bodies and the supervisor. */
const caseworkers = only("clerk", "supervisor", "sfj-clerk");

/**
 * Concrete values for [param] segments: a SQL query against the e2e database returning one value (SQLite or
 * PostgreSQL: quote every identifier), or a literal. Records belong to 小陶镇 (xiaotao), the organisation of `clerk` and `supervisor`, so `sfj-clerk`
 * (永安市司法局) must be refused wherever a route shows one organisation's record; so must `overseer` (永安市人民政府,
 * above 小陶镇): it reads through the oversight console only, never a body's back-office pages.
 */
export const FIXTURES: Record<string, { sql: string } | { value: string }> = {
  "user:clerk": { sql: `SELECT "id" FROM "User" WHERE "username" = 'clerk'` },
  "item:xiaotao:published": {
    sql: `SELECT i."id" FROM "Item" i JOIN "Organization" o ON o."id" = i."orgId" WHERE o."code" = 'xiaotao' AND i."status" = 'published' ORDER BY i."indexNo" LIMIT 1`,
  },
  "request:xiaotao": {
    sql: `SELECT r."id" FROM "DisclosureRequest" r JOIN "Organization" o ON o."id" = r."orgId" WHERE o."code" = 'xiaotao' ORDER BY r."number" LIMIT 1`,
  },
  "appeal:xiaotao": {
    sql: `SELECT a."id" FROM "Appeal" a JOIN "Organization" o ON o."id" = a."orgId" WHERE o."code" = 'xiaotao' ORDER BY a."number" LIMIT 1`,
  },
  "org:xiaotao": { value: "xiaotao" },
  "notice:reply": { value: "reply" },
  "year:2020": { value: "2020" },
  // e2e/reports.spec.ts publishes 2020; no test publishes 2019, so its public report stays unpublished.
  "year:unpublished": { value: "2019" },
  "cell:requests.new.total": { value: "requests.new.total" },
  // The seed's attachment of a 小陶镇 item not disclosed proactively: only 小陶镇's staff may download it.
  "attachment:xiaotao:internal": {
    sql: `SELECT a.id FROM "Attachment" a JOIN "Item" i ON i.id = a."itemId" JOIN "Organization" o ON o.id = i."orgId" WHERE o.code = 'xiaotao' AND i.disclosure <> 'proactive' ORDER BY a.id LIMIT 1`,
  },
  "nextauth:session": { value: "session" },
  "request-file:none": { value: "no-such-file" },
};

export type RouteExpectation = {
  /** [param] name → FIXTURES key */
  params?: Record<string, string>;
  /** HTTP methods to try; by default every method the route.ts exports (pages: GET). */
  methods?: string[];
  expect: Expectation;
};

/** Keyed by the route as the file system spells it: route groups dropped, [param] segments kept. */
export const ROUTES: Record<string, RouteExpectation> = {
  // public site
  "/": { expect: everyone },
  "/guide": { expect: everyone },
  "/org": { expect: everyone },
  "/org/[code]": { params: { code: "org:xiaotao" }, expect: everyone },
  "/org/[code]/guide": { params: { code: "org:xiaotao" }, expect: everyone },
  "/catalogue": { expect: everyone },
  "/items/[id]": { params: { id: "item:xiaotao:published" }, expect: everyone },
  "/apply": { expect: everyone },
  "/reports": { expect: everyone },
  // The demo data has no published report: the public page of an unpublished year answers 404 to everyone.
  "/reports/[org]/[year]": { params: { org: "org:xiaotao", year: "year:unpublished" }, expect: only() },
  "/track": { expect: everyone },
  "/rules": { expect: everyone },
  "/sitemap": { expect: everyone },
  "/login": { expect: everyone },

  // back office
  "/admin": { expect: signedIn },
  "/admin/denied": { expect: signedIn },
  "/admin/password": { expect: signedIn },
  "/admin/items": { expect: caseworkers },
  "/admin/items/new": { expect: caseworkers },
  "/admin/items/import": { expect: caseworkers },
  "/admin/items/[id]": { params: { id: "item:xiaotao:published" }, expect: only("clerk", "supervisor") },
  "/admin/review": { expect: only("supervisor") },
  "/admin/review/scan": { expect: only("supervisor") },
  "/admin/requests": { expect: caseworkers },
  "/admin/requests/new": { expect: caseworkers },
  "/admin/requests/import": { expect: caseworkers },
  "/admin/requests/[id]": { params: { id: "request:xiaotao" }, expect: only("clerk", "supervisor") },
  "/admin/requests/[id]/notices/[kind]": { params: { id: "request:xiaotao", kind: "notice:reply" }, expect: only("clerk", "supervisor") },
  "/admin/appeals": { expect: caseworkers },
  "/admin/appeals/new": { expect: caseworkers },
  "/admin/appeals/[id]": { params: { id: "appeal:xiaotao" }, expect: only("clerk", "supervisor") },
  "/admin/reports": { expect: only("supervisor") },
  "/admin/reports/[year]": { params: { year: "year:2020" }, expect: only("supervisor") },
  "/admin/reports/[year]/cells/[cell]": { params: { year: "year:2020", cell: "cell:requests.new.total" }, expect: only("supervisor") },
  "/admin/reports/[year]/statistics": { params: { year: "year:2020" }, expect: only("supervisor") },
  "/admin/reports/[year]/baseline": { params: { year: "year:2020" }, expect: only("supervisor") },
  "/admin/organization": { expect: only("supervisor", "admin") },
  "/admin/organizations": { expect: only("admin") },
  "/admin/categories": { expect: only("admin") },
  "/admin/users": { expect: only("admin") },
  "/admin/users/new": { expect: only("admin") },
  "/admin/users/[id]": { params: { id: "user:clerk" }, expect: only("admin") },
  "/admin/calendar": { expect: only("admin") },
  "/admin/audit": { expect: only("admin") },
  "/admin/mail": { expect: only("admin") },
  "/admin/settings/site": { expect: only("admin") },
  "/admin/oversight": { expect: overseers },
  "/admin/oversight/rollup": { expect: overseers },

  // route handlers
  // next-auth's own endpoints (CSRF token, session, sign-in): public by design; GET /api/auth/session answers
  // everyone, with an empty session when signed out. Its POST endpoints are checked by next-auth's CSRF token.
  "/api/auth/[...nextauth]": { params: { nextauth: "nextauth:session" }, methods: ["GET"], expect: everyone },
  "/api/admin/audit": { expect: only("admin") },
  "/api/admin/oversight": { expect: overseers },
  "/api/admin/oversight/rollup": { expect: overseers },
  "/api/admin/import-templates/items": { expect: caseworkers },
  "/api/admin/import-templates/requests": { expect: caseworkers },
  "/api/admin/requests/[id]/notices/[kind]": { params: { id: "request:xiaotao", kind: "notice:reply" }, expect: only("clerk", "supervisor") },
  "/api/catalogue": { expect: everyone },
  "/feed.xml": { expect: everyone },
  "/attachments/[id]": { params: { id: "attachment:xiaotao:internal" }, expect: only("clerk", "supervisor") },
  // A request's files: GET for the staff of its body (the applicant POSTs number + 查询码, e2e/mail-selfservice.spec.ts).
  // The demo data has no request file, so no one gets one; lib/requests/self-service.test.ts checks the body.
  "/request-files/[id]": { params: { id: "request-file:none" }, methods: ["GET", "POST"], expect: only() },
  // Without ?version the latest published version, of which the demo data has none.
  "/api/reports/[org]/[year]": { params: { org: "org:xiaotao", year: "year:unpublished" }, expect: only() },
};

/** Server actions, keyed "<file>#<export>". */
export const ACTIONS: Record<string, Expectation> = {
  "app/(public)/apply/actions.ts#submitApplicationAction": everyone,
  "app/(public)/track/actions.ts#trackRequestAction": everyone,
  "app/(public)/track/actions.ts#answerCorrectionAction": everyone,
  "app/(public)/track/actions.ts#withdrawApplicationAction": everyone,
  "app/admin/mail/actions.ts#retryMailAction": only("admin"),
  "app/admin/appeals/actions.ts#createAppealAction": caseworkers,
  "app/admin/appeals/actions.ts#updateAppealAction": caseworkers,
  "app/admin/calendar/actions.ts#setCalendarDayAction": only("admin"),
  "app/admin/categories/actions.ts#createCategoryAction": only("admin"),
  "app/admin/categories/actions.ts#moveCategoryAction": only("admin"),
  "app/admin/categories/actions.ts#renameCategoryAction": only("admin"),
  "app/admin/categories/actions.ts#retireCategoryAction": only("admin"),
  "app/admin/items/actions.ts#addAttachmentAction": caseworkers,
  "app/admin/items/import/actions.ts#confirmItemsImportAction": caseworkers,
  "app/admin/items/import/actions.ts#previewItemsImportAction": caseworkers,
  "app/admin/items/actions.ts#approveItemAction": only("supervisor"),
  "app/admin/items/actions.ts#createItemAction": caseworkers,
  "app/admin/items/actions.ts#discardItemAction": caseworkers,
  "app/admin/items/actions.ts#markItemValidityAction": only("supervisor"),
  "app/admin/items/actions.ts#removeAttachmentAction": caseworkers,
  "app/admin/items/actions.ts#returnItemAction": only("supervisor"),
  "app/admin/items/actions.ts#setInterpretedPoliciesAction": caseworkers,
  "app/admin/items/actions.ts#submitItemAction": caseworkers,
  "app/admin/items/actions.ts#updateItemAction": caseworkers,
  "app/admin/items/actions.ts#withdrawItemAction": only("supervisor"),
  "app/admin/organization/actions.ts#updateOrganizationAction": only("supervisor", "admin"),
  "app/admin/organizations/actions.ts#createBodyAction": only("admin"),
  "app/admin/organizations/actions.ts#moveBodyAction": only("admin"),
  "app/admin/organizations/actions.ts#renameBodyAction": only("admin"),
  "app/admin/password/actions.ts#changePasswordAction": signedIn,
  "app/admin/reports/[year]/actions.ts#publishAction": only("supervisor"),
  "app/admin/reports/[year]/actions.ts#refreshFiguresAction": only("supervisor"),
  "app/admin/reports/[year]/actions.ts#saveExplanationsAction": only("supervisor"),
  "app/admin/reports/[year]/actions.ts#saveTextAction": only("supervisor"),
  "app/admin/reports/[year]/statistics/actions.ts#saveStatisticsAction": only("supervisor"),
  "app/admin/reports/[year]/baseline/actions.ts#saveBaselineAction": only("supervisor"),
  "app/admin/requests/actions.ts#closeAction": caseworkers,
  "app/admin/requests/actions.ts#confirmReceiptAction": caseworkers,
  "app/admin/requests/actions.ts#consultationEndAction": caseworkers,
  "app/admin/requests/actions.ts#convertToProactiveAction": caseworkers,
  "app/admin/requests/actions.ts#consultationStartAction": caseworkers,
  "app/admin/requests/actions.ts#correctionNoticeAction": caseworkers,
  "app/admin/requests/actions.ts#correctionReceivedAction": caseworkers,
  "app/admin/requests/actions.ts#extensionAction": caseworkers,
  "app/admin/requests/actions.ts#feeNoticeAction": caseworkers,
  "app/admin/requests/actions.ts#feePaidAction": caseworkers,
  "app/admin/requests/actions.ts#intakeAction": caseworkers,
  "app/admin/requests/actions.ts#replyFilesAction": caseworkers,
  "app/admin/requests/actions.ts#sendNoticeAction": caseworkers,
  "app/admin/requests/import/actions.ts#confirmRequestsImportAction": caseworkers,
  "app/admin/requests/import/actions.ts#previewRequestsImportAction": caseworkers,
  "app/admin/settings/site/actions.ts#updateSiteSettingsAction": only("admin"),
  "app/admin/users/actions.ts#createUserAction": only("admin"),
  "app/admin/users/actions.ts#resetPasswordAction": only("admin"),
  "app/admin/users/actions.ts#setUserActiveAction": only("admin"),
  "app/admin/users/actions.ts#updateUserAction": only("admin"),
};

/** The only actions a user may run before changing an initial or reset password. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE = [
  "app/(public)/apply/actions.ts#submitApplicationAction",
  "app/(public)/track/actions.ts#trackRequestAction",
  "app/(public)/track/actions.ts#answerCorrectionAction",
  "app/(public)/track/actions.ts#withdrawApplicationAction",
  "app/admin/password/actions.ts#changePasswordAction",
];
