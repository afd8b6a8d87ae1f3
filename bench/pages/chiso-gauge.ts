// chiso's gauge alone: what a page that shows only a gauge loads (script → first paint).
import "../../src/components/gauge/define.js";
import { contender } from "./chiso-contender.js";
import { installBench } from "./scenarios.js";

installBench({ gauge: contender.gauge });
