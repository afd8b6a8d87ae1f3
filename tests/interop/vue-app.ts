// Vue 3 page for the interop test: Vue sets `data` as a property (it is one on the element),
// `sort` and `lang` as attributes, and `onChisoSort` listens to the `chiso-sort` event.
import { createApp, h, ref } from "vue";
import "../../src/elements.js";
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

const feed = ref<unknown>(bacGiang);
const lang = ref("vi");
window.switchFeed = () => (feed.value = ngheAn);
window.switchLang = () => (lang.value = "en");

createApp({
  render: () =>
    h("div", { lang: lang.value }, [
      h("chiso-gauge", { id: "gauge", data: feed.value, indicator: "dvc-online" }),
      h("chiso-service-board", {
        id: "board",
        data: feed.value,
        indicator: "dvc-online",
        sort: "name",
        onChisoSort: (event: CustomEvent<{ sort: string; order: string }>) =>
          window.interopEvents.push(`sort:${event.detail.sort}:${event.detail.order}`),
      }),
    ]),
}).mount("#root");
