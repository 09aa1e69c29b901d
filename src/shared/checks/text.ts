/** Small text helpers for check messages. */

/** A quote shortened for a one-line message, its own marks and final stop dropped: “We have been patient for…”. */
export function clip(quoted: string, max = 40): string {
  const flat = quoted
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["“”„«»]+|["“”»]+$/g, '')
    .replace(/[.,]$/, '');
  return `“${flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat}”`;
}
