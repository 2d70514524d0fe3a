/** The site's main navigation, defined once for the header and the tests. */
export const NAVIGATION = [
  { href: '/', label: 'Översikt' },
  { href: '/jamfor/', label: 'Jämför' },
  { href: '/sok/', label: 'Sök' },
  { href: '/ansvar/', label: 'Ansvar' },
  { href: '/teman/', label: 'Teman' },
  { href: '/data/', label: 'Data' },
  { href: '/om/', label: 'Om' },
] as const;

/** Is `href` the current section of the site (the overview includes its county pages; the rest by prefix)? */
export function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' || pathname.startsWith('/oversikt/') : pathname.startsWith(href);
}
