/** The fragment id of a county's section on /jamfor/valj/: `Västra Götalands län` → `lan-vastra-gotalands-lan`. */
export function countyAnchor(county: string): string {
  const slug = county
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return `lan-${slug || 'okant'}`;
}
