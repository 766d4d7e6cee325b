export * from "./auth";
export * from "./couples";
export * from "./exercises";
export * from "./boundaries";
export * from "./commitments";
export * from "./holds";
export * from "./wellbeing";
export * from "./therapist";
