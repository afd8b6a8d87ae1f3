// React 19 page for the interop test: properties (an object into `data`), attributes (`lang`,
// `sort`) and events (`onChisoSort`) round-trip through the typed wrappers of `chiso/react`,
// imported one element at a time (`chiso/react/gauge`, `chiso/react/service-board`): the page
// registers those two elements and no other.
import { createElement as h, useState } from "react";
import { createRoot } from "react-dom/client";
import { ChisoGaugeReact } from "../../src/react/gauge.js";
import { ChisoServiceBoardReact } from "../../src/react/service-board.js";
import bacGiang from "../../fixtures/feeds/bac-giang-2023-02.json";
import ngheAn from "../../fixtures/feeds/nghe-an-2023-07.json";

declare global {
  interface Window {
    interopEvents: string[];
    switchFeed: () => void;
    switchLang: () => void;
  }
}
window.interopEvents = [];

function App() {
  const [feed, setFeed] = useState<unknown>(bacGiang);
  const [lang, setLang] = useState("vi");
  window.switchFeed = () => setFeed(ngheAn);
  window.switchLang = () => setLang("en");
  return h(
    "div",
    { lang },
    h(ChisoGaugeReact, { id: "gauge", data: feed, indicator: "dvc-online" }),
    h(ChisoServiceBoardReact, {
      id: "board",
      data: feed,
      indicator: "dvc-online",
      sort: "name",
      onChisoSort: (event: CustomEvent<{ sort: string; order: string }>) =>
        window.interopEvents.push(`sort:${event.detail.sort}:${event.detail.order}`),
    }),
  );
}

createRoot(document.getElementById("root")!).render(h(App));
