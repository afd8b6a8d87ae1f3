// `chiso/trend`: registers <chiso-trend> with its feed-index loader (`history="…"`).
import "./history-loader.js";

export * from "./register.js";
