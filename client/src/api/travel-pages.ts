/**
 * How much of a claim's travel the view holds: the first page, more on request, page by page from
 * the last step's cursor, and never past a cap (a claim can travel through tens of thousands of
 * documents; the drawing stays readable and the browser responsive up to a few thousand).
 */
import { fetchTravel, fetchTravelSteps, TRAVEL_PAGE_MAX } from "./queries.js";
import type { ClaimTravelPages } from "./types.js";

export const FIRST_TRAVEL_PAGE = 100;
export const MAX_TRAVEL_STEPS = 2000;
/** What one "Load more" adds. */
export const TRAVEL_PAGE = TRAVEL_PAGE_MAX;

/** The steps to hold for the URL's `steps` (0 = the first page): within the travel and the cap. */
export function stepsWanted(requested: number, travelLength = Infinity): number {
  return Math.min(requested > 0 ? requested : FIRST_TRAVEL_PAGE, MAX_TRAVEL_STEPS, travelLength);
}

/** Whether the cap, not the travel's end, stops the view. */
export function travelCapped(data: ClaimTravelPages): boolean {
  return data.travelLength > MAX_TRAVEL_STEPS;
}

export type Progress = (loaded: number, wanted: number, total: number) => void;

/** Fetches steps after the last one held until `data.travel` holds `wanted` (or the travel ends). */
export async function extendTravel(
  data: ClaimTravelPages,
  wanted: number,
  progress?: Progress,
  signal?: AbortSignal,
): Promise<void> {
  const target = stepsWanted(wanted, data.travelLength);
  while (data.travel.length < target) {
    progress?.(data.travel.length, target, data.travelLength);
    const after = data.travel[data.travel.length - 1].cursor;
    const page = await fetchTravelSteps(data.id, after, Math.min(TRAVEL_PAGE_MAX, target - data.travel.length), signal);
    // Steps rejected in review meanwhile can shorten the travel: stop rather than ask forever.
    if (!page.length) break;
    data.travel.push(...page);
  }
}

/** A claim's travel holding the first `wanted` steps (0 = the first page). */
export async function loadTravel(
  id: string,
  wanted: number,
  progress?: Progress,
  signal?: AbortSignal,
): Promise<ClaimTravelPages | null> {
  const target = stepsWanted(wanted);
  const data = await fetchTravel(id, Math.min(TRAVEL_PAGE_MAX, target), signal);
  if (data && data.travel.length) await extendTravel(data, target, progress, signal);
  return data;
}
