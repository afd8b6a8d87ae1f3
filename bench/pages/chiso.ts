// chiso, every element registered (the map, status and in-page scenarios).
import "../../src/elements.js";
import { contender } from "./chiso-contender.js";
import { installBench } from "./scenarios.js";

installBench(contender);
