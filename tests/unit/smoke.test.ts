import { expect, test } from 'vitest';
import { CATEGORIES, CANONICAL_CATEGORY_KEYS } from '../../src/taxonomy/categories.ts';
test('runs on node 24 with the canonical categories', () => {
  expect(process.versions.node.split('.')[0]).toBe('24');
  expect(CANONICAL_CATEGORY_KEYS.every((key) => CATEGORIES.some((c) => c.key === key))).toBe(true);
});
