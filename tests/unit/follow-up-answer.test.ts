/** One answer per question: "how is the work followed up?", document by document, from the same data every page uses. */
import { expect, test } from 'vitest';
import { followUpAnswer } from '../../src/lib/follow-up-answer.ts';
import { parseSeed, SEEDS, type SeedName } from '../support/parse.ts';

test('each seed: its own section, mentions elsewhere, and who is given the task', async () => {
  const answers = Object.fromEntries(
    await Promise.all((Object.keys(SEEDS) as SeedName[]).map(async (name) => [name, followUpAnswer(await parseSeed(name))] as const)),
  );
  // Tyresö has no follow-up section, speaks of it in its Ansvar section and gives it to the boards.
  expect(answers.tyreso).toMatchObject({ sections: [], assignees: ['Nämnd'] });
  expect(answers.tyreso!.mentions.map((mention) => mention.sectionName)).toEqual(['4 Ansvar']);
  expect(answers.tyreso!.summary).toBe('Inget eget avsnitt; nämns under ”4 Ansvar”; uppgiften ges till Nämnd.');
  for (const answer of Object.values(answers)) {
    // A document with a section of its own is not also listed as mentioning it elsewhere.
    if (answer.sections.length > 0) expect(answer.mentions).toEqual([]);
    expect(answer.summary).toMatch(/^(Eget avsnitt|Inget eget avsnitt|Inget avsnitt)/u);
  }
});
