/**
 * The trend's own single-file bundle, `dist/chiso-trend.iife.js`: `<chiso-trend>` with its
 * feed-index loader and what it needs (Lit, the data layer), for a page that loads chiso with a
 * `<script>` tag. It stands alone or beside `chiso.iife.js`, which stays within its 64 kB budget
 * without it (a page with both loads Lit twice: write `trusted-types lit-html 'allow-duplicates'`
 * under Trusted Types).
 */
export * from "./components/trend/define.js";
