/**
 * Sweden's regions (until 2019 landsting, county councils): one for each county, named after it
 * (`Region` + the county's name, or the county's name + `läns landsting`). The counties come from
 * the municipalities' list (`municipalities.ts`); what their names cannot tell is kept here, once:
 * the county whose council is a municipality's, the short forms some regions use for their
 * county's name, and the names that follow neither form.
 */

export const REGION_NAMES = {
  /** The county whose regional duties its one municipality carries: that municipality calls itself a region, and is filed as the municipality. */
  municipalityCounty: 'Gotlands län',
  /** Short forms of a county's name that its region uses (county → short form). */
  shortForms: [['Södermanlands län', 'Sörmland']],
  /** Regions named otherwise than after their county alone, as they write their names. */
  properNames: ['Region Jämtland Härjedalen', 'Västra Götalandsregionen'],
} as const satisfies {
  readonly municipalityCounty: string;
  readonly shortForms: readonly (readonly [county: string, shortForm: string])[];
  readonly properNames: readonly string[];
};
