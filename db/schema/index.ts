export * from "./auth";
export * from "./couples";
