/**
 * A body's name and published contact details, as the report header, the guide and the body's public section
 * print them. No "server-only" marker: scripts/report.ts reads reports outside Next.
 */
export const ORGANIZATION_FIELDS = {
  id: true,
  code: true,
  name: true,
  officeName: true,
  address: true,
  postcode: true,
  phone: true,
  email: true,
  website: true,
} as const;
