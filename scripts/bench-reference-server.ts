import { env } from "@/lib/env";
import { startReferenceServer } from "@/bench/reference-server";

// Started by `npm run bench` as its own process, so its memory and CPU are measured apart from the app's.
const port = Number(process.argv[2]);
startReferenceServer(env.DATABASE_URL.replace(/^file:/, ""), port);
console.log(`reference server on ${port}`);
