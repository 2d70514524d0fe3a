/** An input recheck built to show a pattern slow, and the text it stands for at a given length. */

/** Each prefix, then its pump repeated, then the suffix. */
export interface Attack {
  readonly pumps: readonly { readonly prefix: string; readonly pump: string }[];
  readonly suffix: string;
}

/** The attack with every pump repeated `times` times. */
export function attackString(attack: Attack, times: number): string {
  return attack.pumps.map(({ prefix, pump }) => prefix + pump.repeat(times)).join('') + attack.suffix;
}
