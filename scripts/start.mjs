// `npm start`: the main job. Installs dependencies if needed, builds the library bundle and
// Storybook, then serves the demos (portal, IOC wall, feed validator) and Storybook with the
// embedded default data (fixtures/) and a live feed. Nothing else to install.
import { execSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";

const run = (command) => execSync(command, { stdio: "inherit" });

if (!existsSync("node_modules/.package-lock.json")) run("bash scripts/install-deps.sh");
run("node scripts/build.mjs");
if (!process.argv.includes("--no-storybook")) {
  try {
    run("node scripts/storybook.mjs");
  } catch {
    console.warn("Storybook did not build; the demos are served without it.");
  }
}
const server = spawn(
  process.execPath,
  ["demo/server.mjs", ...process.argv.slice(2).filter((a) => a !== "--no-storybook")],
  {
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
