// The naive gauge alone (script → first paint).
import { gauge } from "./naive-gauge.js";
import { installBench } from "./scenarios.js";

installBench({ gauge });
