// Go's unicode case mapping, rune by rune (JavaScript's may change a string's length).
/** unicode.ToUpper per rune: Go maps each rune to one rune, so `ß` stays (JavaScript gives `SS`). */
export function goUpper(s: string): string {
  return [...s].map((c) => ([...c.toUpperCase()].length === 1 ? c.toUpperCase() : c)).join('');
}

/** unicode.ToLower per rune: `İ` becomes `i` (JavaScript adds a combining dot). */
export function goLower(s: string): string {
  return [...s].map((c) => [...c.toLowerCase()][0]).join('');
}
