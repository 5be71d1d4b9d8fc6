/**
 * Strict ISO 8601 dates and date-times. Date.parse and Cypher's datetime() roll an impossible day
 * over (2021-02-30 becomes 2 March), which would silently move a document in a claim's travel; here
 * it is refused with a message saying why.
 */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

/** Why `text` is not a real ISO date or date-time, or null when it is one. */
export function isoDateProblem(text: string): string | null {
  const m = ISO.exec(text.trim());
  if (!m)
    return `"${text.slice(0, 40)}" is not an ISO 8601 date or date-time (e.g. 2021-12-30 or 2021-12-30T21:30:00Z)`;
  const [year, month, day] = [m[1], m[2], m[3]].map(Number);
  const [hour, minute, second] = [m[4], m[5], m[6]].map((v) => Number(v ?? 0));
  if (month < 1 || month > 12) return `"${text}" has no month ${month}`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `"${text}" is not a real date: ${year}-${m[2]} has ${days} days`;
  if (hour > 23 || minute > 59 || second > 59) return `"${text}" is not a real time of day`;
  const zone = m[7];
  if (zone && zone !== "Z" && (Number(zone.slice(1, 3)) > 18 || (zone.length > 3 && Number(zone.slice(-2)) > 59)))
    return `"${text}" has no UTC offset ${zone}`;
  return null;
}
