/**
 * Citations are built at build time with a placeholder for the site's address, which the browser
 * fills in (the site does not know where it will be served). No imports: browser scripts use it.
 */

/** The placeholder the copy scripts replace with the site's address. */
export const ORIGIN_PLACEHOLDER = '{origin}';

/** A citation template with the site's address in place of every placeholder. */
export function withOrigin(template: string, origin: string): string {
  return template.replaceAll(ORIGIN_PLACEHOLDER, origin);
}
