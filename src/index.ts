/**
 * chiso — every element registered, plus the data layer. Import a single element
 * (`chiso/gauge`) instead when you need only one: it registers only that one.
 */
export * from "./data/index.js";
export * from "./elements.js";
export * from "./components/trend/define.js";
