/** How codes are grouped for reading aloud and typing: 6 → 3 3, 10 → 3 3 4. */
const groups: Record<number, number[]> = {
  6: [3, 3],
  7: [3, 4],
  8: [4, 4],
  9: [3, 3, 3],
  10: [3, 3, 4],
};

/** The code split into groups separated by spaces (the digits stay in order). */
export function groupDigits(code: string): string {
  const sizes = groups[code.length] ?? [code.length];
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(code.slice(at, at + size));
    at += size;
  }
  return parts.join(' ');
}
