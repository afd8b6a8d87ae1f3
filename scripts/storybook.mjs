// Builds Storybook into storybook-static/ (served at /storybook/ by `npm start`), quietly: one
// line when it worked, Storybook's whole log when it did not. Used by scripts/start.mjs and the
// Storybook end-to-end test, so both see the same build.
//
//   node scripts/storybook.mjs
import { spawnSync } from "node:child_process";

const steps = [
  // The docs pages read custom-elements.json (the classes' JSDoc).
  ["npm", ["run", "analyze", "--silent"]],
  ["npx", ["storybook", "build", "-o", "storybook-static", "--quiet", "--disable-telemetry"]],
];

const started = Date.now();
for (const [command, args] of steps) {
  // CI=1: Storybook never stops to ask a question (it would wait forever on a piped stdin).
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, CI: "1" } });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    console.error(`Storybook did not build (${command} ${args.join(" ")} failed).`);
    process.exit(1);
  }
}
console.log(`built Storybook in ${((Date.now() - started) / 1000).toFixed(1)} s`);
