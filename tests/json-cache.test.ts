import { expect } from "@open-wc/testing";
import "./support/guard.js";
import { JsonCache, JsonLoadError } from "../src/data/json-cache.js";

let serial = 0;
/** A URL of the test's feed server that answers `steps` in turn (the last one repeats). */
async function script(steps: unknown[]): Promise<{ url: string; requests: () => Promise<number> }> {
  const name = `json-${Date.now()}-${serial++}`;
  await fetch(`/feeds/script/${name}`, { method: "POST", body: JSON.stringify(steps) });
  return {
    url: `/feeds/script/${name}`,
    requests: async () =>
      ((await (await fetch(`/feeds/stats/${name}`)).json()) as { requests: number }).requests,
  };
}

/** The shared loader of the maps' boundary files, over real HTTP. */
describe("JsonCache", () => {
  it("load(url) makes one request for any number of callers, and keeps the document", async () => {
    const { url, requests } = await script([{ body: { type: "Topology", n: 1 }, delayMs: 100 }]);
    const cache = new JsonCache();
    const [a, b] = await Promise.all([cache.load(url), cache.load(url)]);
    expect(a).to.deep.equal({ type: "Topology", n: 1 });
    expect(b).to.equal(a);
    expect(await cache.load(url)).to.equal(a);
    expect(await requests()).to.equal(1);
  });

  it("load(url, { signal }) aborts the request once every caller has given up", async () => {
    const { url, requests } = await script([{ body: { n: 1 }, delayMs: 400 }]);
    const cache = new JsonCache();
    const first = new AbortController();
    const second = new AbortController();
    const loads = [
      cache.load(url, { signal: first.signal }),
      cache.load(url, { signal: second.signal }),
    ].map((load) =>
      load.then(
        () => "loaded",
        (error: Error) => error.name,
      ),
    );
    first.abort();
    expect(cache.size).to.equal(1); // the second caller still waits
    second.abort();
    expect(await Promise.all(loads)).to.deep.equal(["AbortError", "AbortError"]);
    expect(cache.size).to.equal(0);
    // Nothing of the aborted request is kept: the next caller asks again.
    expect(await cache.load(url)).to.deep.equal({ n: 1 });
    expect(await requests()).to.equal(2);
  });

  it("load(url, { timeoutMs }) gives up on a server that does not answer in time", async () => {
    const { url } = await script([{ body: { n: 1 }, delayMs: 2000 }]);
    const error = (await new JsonCache()
      .load(url, { timeoutMs: 100 })
      .catch((e) => e)) as JsonLoadError;
    expect(error).to.be.instanceOf(JsonLoadError);
    expect([error.kind, error.message]).to.deep.equal(["timeout", "timed out after 0 s"]);
  });

  it("does not keep a failure: after an HTTP 404 the next load tries again", async () => {
    const { url, requests } = await script([{ status: 404 }, { body: { n: 2 } }]);
    const cache = new JsonCache();
    const error = (await cache.load(url).catch((e) => e)) as JsonLoadError;
    expect([error.kind, error.message]).to.deep.equal(["http", "HTTP 404 Not Found"]);
    expect(await cache.load(url)).to.deep.equal({ n: 2 });
    expect(await requests()).to.equal(2);
  });
});
