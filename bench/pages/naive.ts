// A deliberately naive lit + d3 element per scenario: what a developer writes in an afternoon
// (d3 computes, Lit renders every SVG node, Intl formats on each render), no data validation,
// no accessibility work, no table. The floor the issue measures chiso's gauge and map against.
import { funnel } from "./naive-funnel.js";
import { gauge } from "./naive-gauge.js";
import { map } from "./naive-map.js";
import { installBench } from "./scenarios.js";

installBench({ gauge, funnel, map });
