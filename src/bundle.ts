/**
 * Entry of the single-file `<script>` bundle: registers every element and exposes the data
 * layer as `window.chiso` (e.g. `chiso.parseFeed(json)` to validate a feed in the console).
 */
export * from "./index.js";
