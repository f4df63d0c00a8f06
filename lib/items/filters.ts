import { z } from "zod";
import { genreCodes, itemStatusCodes } from "./codes";
import { decodeCursor } from "./cursor";
import { MAX_QUERY_CHARS } from "./search";

/** Filters arrive in the URL (clean links for every view). Anything malformed is ignored, never an error. */
export type SearchParams = Record<string, string | string[] | undefined>;

const first = (value: unknown) => {
  const v = Array.isArray(value) ? value[0] : value;
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};
/** A URL parameter: its first value, trimmed; absent when empty or malformed. */
export const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);
/** An organisation's code in a URL (the interchange's natural-key alphabet). */
export const orgCodeParam = lenient(z.string().regex(/^[A-Za-z0-9._\-/]{1,64}$/));

const year = lenient(z.coerce.number().int().min(1949).max(2100));
const genre = lenient(z.enum(genreCodes));
const after = z.preprocess(first, z.string().optional()).transform((v) => decodeCursor(v));

const catalogueSchema = z.object({
  org: orgCodeParam,
  category: lenient(z.string().regex(/^[a-z0-9-]{1,40}$/)),
  year,
  genre,
  q: lenient(z.string().transform((q) => q.slice(0, MAX_QUERY_CHARS))),
  after,
});
export type CatalogueQuery = z.infer<typeof catalogueSchema>;

const adminSchema = z.object({
  q: lenient(z.string().transform((q) => q.slice(0, MAX_QUERY_CHARS))),
  status: lenient(z.enum(itemStatusCodes)),
  categoryId: lenient(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/)),
  year,
  genre,
  after,
});

export function parseCatalogueQuery(params: SearchParams): CatalogueQuery {
  return catalogueSchema.parse(params);
}

export function parseAdminItemQuery(params: SearchParams) {
  return adminSchema.parse(params);
}

/** A link to `path` with the given query parameters, leaving out empty ones. */
export function hrefWith(path: string, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
