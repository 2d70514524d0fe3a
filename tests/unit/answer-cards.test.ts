/** The overview's answer cards: what they say for the five documents, recounted from the statements, and for none or one. */
import { describe, expect, test } from 'vitest';
import { answerCards } from '../../src/features/overview/answer-cards.ts';
import { compareByKind } from '../../src/features/ansvar/comparison.ts';
import type { PolicyDocument } from '../../src/schema/policy-document.ts';
import { parseSeedsInSiteOrder } from '../support/parse.ts';
import { recountDuty } from '../support/answer-recount.ts';

const cardsOf = (documents: readonly PolicyDocument[]) => answerCards(documents, (kind) => compareByKind(documents, kind));

describe('answer cards', () => {
  test('for the five documents: the question, who, and how many say nobody, each card linked to its page', async () => {
    const cards = cardsOf(await parseSeedsInSiteOrder());
    expect(cards.map(({ question, answer, gap, more, href }) => ({ question, answer, gap, more, href }))).toEqual([
      {
        question: 'Vem beslutar om vänorter?',
        answer: 'Kommunfullmäktige i 2 av 5 dokument och kommunstyrelsen i 1.',
        gap: '2 av 5 dokument säger inte vem.',
        more: '',
        href: '/ansvar/vanorter/',
      },
      {
        question: 'Vem följer upp arbetet?',
        answer: 'Nämnd i 3 av 5 dokument, kommunstyrelsen i 2 och 2 andra aktörer i 1 dokument var.',
        gap: '2 av 5 dokument säger inte vem.',
        more: '4 av 5 dokument har ett eget avsnitt om uppföljning.',
        href: '/ansvar/uppfoljning/#dokument-for-dokument',
      },
      {
        question: 'Vem samordnar arbetet?',
        // Three actors share second place: counted, not one of them picked.
        answer: 'Kommunstyrelsen i 3 av 5 dokument och 3 andra aktörer i 1 dokument var.',
        gap: '2 av 5 dokument säger inte vem.',
        more: '',
        href: '/ansvar/samordning/',
      },
      {
        question: 'Vem godkänner projekt?',
        answer: 'Kommunstyrelsen i 2 av 5 dokument och 5 andra aktörer i 1 dokument var.',
        gap: '1 av 5 dokument säger inte vem.',
        more: '',
        href: '/ansvar/projektbeslut/',
      },
    ]);
  });

  test('the leading actor and its count are those of the statements themselves', async () => {
    const documents = await parseSeedsInSiteOrder();
    for (const card of cardsOf(documents)) {
      const counts = recountDuty(documents, card.kind, card.role).perActor;
      const most = Math.max(...counts.values());
      const [, leader, documentsCount] = /^(.+?) i (\d+) av 5 dokument/u.exec(card.answer)!;
      expect(counts.get(leader!), card.question).toBe(most);
      expect(Number(documentsCount), card.question).toBe(most);
      // Every actor that holds it is named or counted.
      const parts = card.answer.replace(/\.$/u, '').split(/, | och /u);
      const others = parts.map((part) => /^(\d+) (?:andra aktörer|annan aktör)/u.exec(part)).find(Boolean);
      const named = parts.filter((part) => / i \d+/u.test(part) && !/aktörer? i|annan aktör/u.test(part)).length;
      expect(named + Number(others?.[1] ?? 0), card.question).toBe(counts.size);
    }
  });

  test('with no documents nobody is named; with one, the document is', async () => {
    expect(cardsOf([]).map((card) => card.answer)).toEqual(Array(4).fill('Det finns inga dokument.'));
    const [eksjo] = await parseSeedsInSiteOrder();
    const one = cardsOf([eksjo!]);
    expect(one.every((card) => /^(Dokumentet säger inte vem\.|.+ i 1 av 1 dokument.*\.)$/u.test(card.answer))).toBe(true);
    expect(one.every((card) => card.gap === '')).toBe(true);
  });
});
