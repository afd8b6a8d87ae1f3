/**
 * Entry of the single-file `<script>` bundle: registers every element and sets `window.chiso`
 * (see bundle-api.ts) — unless a copy loaded earlier already did. A portal that includes the
 * script twice (a theme and a plugin each add it) keeps the first copy's elements, so it must keep
 * the first copy's `window.chiso` too: its `feedHub` is the one those elements share, and its
 * classes are the ones `instanceof` must match. The second copy warns and changes nothing.
 */
import * as api from "./bundle-api.js";

const page = globalThis as typeof globalThis & { chiso?: unknown };
if (page.chiso === undefined) page.chiso = api;
else if (page.chiso !== api)
  console.warn(
    "[chiso] window.chiso is already set, probably by another copy of chiso on this page; the first one is kept. Load chiso once.",
  );
