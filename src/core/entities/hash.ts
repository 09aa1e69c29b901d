/** FNV-1a over s[from, to): the string hash behind feature keys and word lookups (no string is built). */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}
