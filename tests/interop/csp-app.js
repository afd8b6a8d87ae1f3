// Feeds every element a copy of the seed feeds in which every human-readable text field holds an
// attack: HTML with an onerror handler, a javascript: URL, and bidi / zero-width tricks.
const ATTACKS = [
  '<img src=x onerror="window.pwned=1">',
  "javascript:window.pwned=1",
  "\u202Egnp.exe\u202C Trực tuyến\u200B\u200D<script>window.pwned=1</script>",
];
let n = 0;
function poison(value, key) {
  if (typeof value === "string") {
    // Identifiers, codes, dates and enums must stay valid for the feed to validate; all text goes.
    if (
      /^(id|unit|unitCode|code|service|stage|kind|mode|health|schemaVersion|\$schema|unitVintage|generatedAt|start|end|date|asOf|lastUpdated|expectedInterval|level|parent|tier|onTimeOf|statedRateOf|qualifier|url)$/.test(
        key,
      )
    )
      return value;
    return ATTACKS[n++ % ATTACKS.length] + value;
  }
  if (Array.isArray(value)) return value.map((item) => poison(item, key));
  if (value && typeof value === "object") {
    const out = {};
    for (const [childKey, child] of Object.entries(value)) out[childKey] = poison(child, childKey);
    return out;
  }
  return value;
}
async function feed(name) {
  return poison(await (await fetch(`/feeds/${name}.json`)).json(), "");
}
(async () => {
  const [bacGiang, ngheAn] = await Promise.all([
    feed("bac-giang-2023-02"),
    feed("nghe-an-2023-07"),
  ]);
  for (const id of ["gauge", "board", "map"]) document.getElementById(id).data = bacGiang;
  for (const id of ["funnel", "status"]) document.getElementById(id).data = ngheAn;
  window.ready = true;
})();
