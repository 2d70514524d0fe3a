import { COUNTY_BASES, routes } from '../lib/routes.ts';
/** The site's main navigation, defined once for the header and the tests. */
export const NAVIGATION = [
  { href: '/', label: 'Översikt' },
  { href: routes.compare(), label: 'Jämför' },
  { href: routes.search(), label: 'Sök' },
  { href: routes.ansvar(), label: 'Ansvar' },
  { href: routes.teman(), label: 'Teman' },
  { href: routes.data(), label: 'Data' },
  { href: routes.about(), label: 'Om' },
] as const;

/** Is `href` the current section of the site (the overview includes its county pages; the rest by prefix)? */
export function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' || pathname.startsWith(COUNTY_BASES.overview) : pathname.startsWith(href);
}
