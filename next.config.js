/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3"],
  // Attachments (up to 20 MB, lib/items/file-type.ts) are uploaded through a server action.
  experimental: { serverActions: { bodySizeLimit: "21mb" } },
};

module.exports = nextConfig;
