/** Time: finds the time expressions of a story and dates its events (see stage.ts). */
export { attachDates, timeForEvent } from "./attach.js";
export type { DateUnit, Ymd } from "./calendar.js";
export { findTimes } from "./extract.js";
export { timeStage } from "./stage.js";
