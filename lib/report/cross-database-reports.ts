import { buildReport } from "./build";

// Run as its own process by cross-database.test.ts (one per database, DATABASE_URL set by the test): prints the
// report JSON of every demo organisation for every year around the demo data, as one JSON array.
const ORGS = ["xiaotao", "yongan-sfj"];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

async function main() {
  const reports = [];
  for (const org of ORGS) for (const year of YEARS) reports.push(await buildReport(org, year));
  process.stdout.write(JSON.stringify(reports));
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
