// chiso's funnel alone: what a page that shows only a funnel loads (script → first paint).
import "../../src/components/funnel/define.js";
import { contender } from "./chiso-contender.js";
import { installBench } from "./scenarios.js";

installBench({ funnel: contender.funnel });
