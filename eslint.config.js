// ESLint: typescript-eslint, Lit, web-component best practice and Lit a11y rules.
import tseslint from "typescript-eslint";
import lit from "eslint-plugin-lit";
import wc from "eslint-plugin-wc";
import litA11y from "eslint-plugin-lit-a11y";

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      "storybook-static/",
      "test-results/",
      ".cache/",
      "bench/results/",
      "bench/node_modules/",
      "bench/pages/echarts.ts",
      "bench/pages/highcharts.ts",
      "custom-elements.json",
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs["flat/recommended"],
  wc.configs["flat/best-practice"],
  {
    plugins: { "lit-a11y": litA11y },
    rules: {
      ...litA11y.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      // Feed text is untrusted: these sinks are banned outright, not reviewed case by case.
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name='innerHTML']",
          message: "Feed text must never become HTML.",
        },
        {
          selector: "MemberExpression[property.name='outerHTML']",
          message: "Feed text must never become HTML.",
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: "Feed text must never become HTML.",
        },
        { selector: "NewExpression[callee.name='Function']", message: "No eval-like code." },
        { selector: "CallExpression[callee.name='eval']", message: "No eval-like code." },
      ],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "lit/directives/unsafe-html.js", message: "Feed text must never become HTML." },
            { name: "d3", message: "Import the d3 submodule you use (d3-geo, d3-scale…)." },
          ],
        },
      ],
    },
  },
  {
    // The data layer (src/data and its subfolders, such as figures/) runs in a CLI or a server
    // too: no Lit, no components, no DOM. fetch, AbortController and EventSource are the web
    // platform's, not the DOM's, and exist in Node.
    files: ["src/data/**/*.ts"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...[
          "document",
          "window",
          "navigator",
          "customElements",
          "HTMLElement",
          "Element",
          "getComputedStyle",
          "requestAnimationFrame",
          "ResizeObserver",
          "MutationObserver",
          "CSS",
          "localStorage",
          "sessionStorage",
        ].map((name) => ({ name, message: "src/data knows nothing of the DOM." })),
      ],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["lit", "lit/*", "**/components/**"],
              message: "src/data knows nothing of the DOM or Lit.",
            },
          ],
        },
      ],
    },
  },
  {
    // Chai's property assertions (`expect(x).to.exist`) read as bare expressions.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-unused-expressions": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js", "scripts/**", "bench/**", "demo/**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
