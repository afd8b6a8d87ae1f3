// chiso, every element registered, the trend too (the map, status, trend and in-page scenarios).
import "../../src/elements.js";
import "../../src/components/trend/define.js";
import { contender } from "./chiso-contender.js";
import { installBench } from "./scenarios.js";

installBench(contender);
