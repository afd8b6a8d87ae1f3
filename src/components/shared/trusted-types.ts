/**
 * Trusted Types: what chiso needs, and what happens when a page forbids it.
 *
 * Lit parses every template once with `template.innerHTML = …`, through a Trusted Types policy
 * named `lit-html` that lit-html creates when its module is evaluated. A page whose
 * Content-Security-Policy says `require-trusted-types-for 'script'` must therefore allow that
 * name (`trusted-types lit-html`). When it does not — `trusted-types 'none'`, a list without
 * `lit-html`, or a second copy of Lit on the page without `'allow-duplicates'` — `createPolicy`
 * throws while lit-html loads, the whole bundle stops there, no element is defined and the page
 * stays blank with one unexplained TypeError.
 *
 * This module is imported before Lit by every entry (each `define.ts`, hence the bundle). For
 * the moment lit-html is evaluated, it catches exactly that failure, records it, and lets Lit
 * continue without a policy; `releaseLitPolicyGuard()` (called once Lit has loaded) puts the
 * page's `createPolicy` back. Lit without a policy cannot render under enforcement, so
 * `litRenderingBlocked()` then tells the elements to show their frame and their figures as plain
 * text, built with DOM calls that are not Trusted Types sinks, plus one console error saying
 * exactly what to add to the policy. Without enforcement (a `trusted-types` list but no
 * `require-trusted-types-for`), Lit works without a policy and nothing changes.
 */

/** Why Lit could not create its policy. */
export type LitPolicyProblem = "disallowed" | "duplicate";

interface PolicyFactory {
  createPolicy(name: string, rules: object): unknown;
}

const LIT_POLICY = "lit-html";

let problem: LitPolicyProblem | null = null;
let blocked: boolean | null = null;
const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
const guarded =
  factory && !Object.prototype.hasOwnProperty.call(factory, "createPolicy") ? factory : null;

if (guarded) {
  const createPolicy = guarded.createPolicy;
  // An own property shadows the prototype's method for the time lit-html takes to load.
  Object.defineProperty(guarded, "createPolicy", {
    configurable: true,
    writable: true,
    value(name: string, rules: object): unknown {
      try {
        return createPolicy.call(guarded, name, rules);
      } catch (error) {
        if (name !== LIT_POLICY) throw error;
        // Chromium says "Policy with name … already exists" for a duplicate, "… disallowed" otherwise.
        problem = /exist/i.test(String((error as Error)?.message)) ? "duplicate" : "disallowed";
        return undefined;
      }
    },
  });
}

/** Gives the page its own `createPolicy` back. Called once Lit has been evaluated. */
export function releaseLitPolicyGuard(): void {
  if (guarded) delete (guarded as { createPolicy?: unknown }).createPolicy;
}

/** What stopped Lit's policy, or `null` when it was created (or the browser has no Trusted Types). */
export function litPolicyProblem(): LitPolicyProblem | null {
  return problem;
}

/**
 * Whether Lit cannot render on this page: its policy was refused AND the page enforces Trusted
 * Types. Decided once, by assigning an empty string to a detached template (under enforcement
 * the browser refuses it and reports one violation; nothing else is ever tried).
 */
export function litRenderingBlocked(): boolean {
  if (blocked == null) {
    blocked = false;
    if (problem)
      try {
        // The probe: a constant empty string, never feed text, into a template never attached.
        // eslint-disable-next-line no-restricted-syntax
        document.createElement("template").innerHTML = "";
      } catch {
        blocked = true;
        console.error(consoleAdvice(problem));
      }
  }
  return blocked;
}

/** The one console error: what is wrong and exactly what to add. */
function consoleAdvice(what: LitPolicyProblem): string {
  const fix =
    what === "duplicate"
      ? `another copy of Lit on this page already created the Trusted Types policy "${LIT_POLICY}". Add 'allow-duplicates' to the trusted-types directive: trusted-types ${LIT_POLICY} 'allow-duplicates'`
      : `the page's Content-Security-Policy does not allow the Trusted Types policy "${LIT_POLICY}" that chiso's rendering (Lit) needs. Add it to the trusted-types directive: trusted-types ${LIT_POLICY}`;
  return `[chiso] Widgets show their figures as plain text only: ${fix}. See "Content-Security-Policy" in chiso's README.`;
}
