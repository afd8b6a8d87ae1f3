// The naive funnel alone (script → first paint).
import { funnel } from "./naive-funnel.js";
import { installBench } from "./scenarios.js";

installBench({ funnel });
