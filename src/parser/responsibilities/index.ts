/**
 * Responsibility statements: who does what, as a steering document says it.
 *
 * Every section is read, not only those categorised `responsibility` (a "Uppföljning" section may
 * say who follows up), except those in `SKIPPED_CATEGORIES` and a cover letter. Each paragraph
 * and list item (`blocks`; the phrases joined give the text) is split into sentences, and each
 * sentence is read for these patterns:
 *
 * - an actor as subject followed by a duty verb: `Kommunstyrelsen beslutar om …`,
 *   `Varje nämnd har huvudansvaret för …`, `Nämnderna ska i sina verksamhetsplaner ange …`,
 *   also in a subordinate clause (`Det innebär att nämnden ansöker …`), a relative clause
 *   (`… till kommunstyrelsen som samordnar vid behov`), a cleft (`Det är nätverket som planerar …`)
 *   and after a fronted phrase (`Innan … ska kommunstyrelsen godkänna …`, `Efter att … ansvarar
 *   nämnder och bolagsstyrelser för …`); a place after the subject is passed over (`X i Y kommun är
 *   ansvarig för …`); the nouns of responsibility and task count as duty verbs (`är ansvarig för/att`,
 *   `har ansvar för`, `har (som) uppgift(en) att`, `har i/som uppdrag att`, `, med ansvar för …,`,
 *   `är ett rådgivande organ`), and after a modal of obligation any infinitive states a duty
 *   (`Varje verksamhet ska ha …`: carries out);
 * - a responsibility that lies with an actor (`Det övergripande ansvaret för … ligger på/hos X`: leads;
 *   `Huvudansvaret …`: carries out; otherwise from its object), a genitive that owns a task (`X:s
 *   uppdrag är att …`) or a commission (`X:s uppdrag till Y att …`: X decides, Y carries out; `på
 *   X:s uppdrag`, `på uppdrag av X`: X decides), and the one assisted (`Z bistår X med att …`: Z
 *   supports, X is `informed`);
 * - several actors as one subject (`Styrelsen, nämnderna och bostadsstiftelsen ansvarar …`):
 *   one responsibility per actor, same duty; `De deltar …` right after such a sentence means them,
 *   and `Den/Denna ansvarar för …` (a verb of responsibility) right after a sentence with one actor
 *   as subject means it;
 * - passive forms with an agent (`… fattas av kommunfullmäktige`, `… följs kontinuerligt upp av
 *   styrelsen, …`, `… samordnas från kommunledningskontoret`, `… kan få stöd av sektorn`) and
 *   receivers (`… redovisas till kommunstyrelsen`, `Uppföljningarna delges kommunstyrelsen`,
 *   `Kommunstyrelsen informeras om …`): the receiver is `informed`;
 * - "there is a person with responsibility for X within ACTOR" (`Inom varje nämnd … bör det finnas en
 *   person med ansvar för …`): the actor holds the duty;
 * - a bullet `*Kommunfullmäktige* - Fastställer …`: the actor before the dash, then one
 *   responsibility per sentence, each with its own role;
 * - a section whose heading is an actor (`Kommunfullmäktige`, `Nämnder`, `Kommunstyrelsens ansvar`):
 *   its sentences without an explicit statement are that actor's (role from a leading verb, else
 *   `carries-out`), and so are its list items;
 * - a list after a lead-in (`… genom att`, `I den samordnande rollen ingår:`): each item that opens
 *   with a duty verb or noun (`följa …`, `Omvärldsbevakning av …`) belongs to the lead-in's actor,
 *   or, where the lead-in names a role without an actor, to the actor of the section's latest statement;
 *   after a lead-in that says the actor's duties follow (`X ansvarar för följande:`, `Den ansvarar
 *   för:`, `X har följande uppgifter:`) every item is the actor's (carries out unless its verb says
 *   otherwise), and the lead-in itself is not emitted. An item whose only actors are objects
 *   (`informera nämnderna om …`) still gives its own verb to the list's actor.
 *
 * The role comes from the verb (see `VERBS` in `src/taxonomy/duty-verbs.ts`); `ansvarar för` /
 * `svarar för` / `har ansvar för` / `har i uppdrag att` take it from their object (`att leda och
 * samordna` → leads, `uppföljning` → follows-up, `informationen` → supports, otherwise
 * carries-out). Where one subject has several coordinated verbs (`samordnar …, tecknar …,
 * beslutar om …, samt beslutar om medlemskap …`) the sentence is split at the verbs, and
 * neighbouring parts with the same role and duty kind are joined again: each part is a verbatim
 * piece of the sentence (the first keeps the subject), so a chart can show that a
 * kommunstyrelse both leads and decides on twin towns and memberships. Otherwise `duty` is the
 * whole sentence, whitespace-normalised and without markup; never a paraphrase.
 * Each responsibility carries its duty kind (`kind`: `classifyDuty` of its clause and role).
 *
 * The files: `verbs.ts` compiles the duty verbs and gives their roles; `clauses.ts` reads a
 * sentence that names its actors; `fallbacks.ts` finds the actors of sentences that do not
 * (pronouns, bullets, headings, list lead-ins); this file walks the sections and emits.
 * Sentences are split by `../text/sentences.ts`.
 *
 * Pure TypeScript, no Node-only imports.
 */
import type { Responsibility, Section } from '../../schema/policy-document.ts';
import { classifyDuty } from '../../taxonomy/duties.ts';
import { plainText } from '../text/sentences.ts';
import type { Holder, Statement } from './clauses.ts';
import { dashBullet, headingHolders, listFallback, statementsOf, type Fallback, type Paragraph } from './fallbacks.ts';

/**
 * Categories whose actors this document gives no duties: definitions (`Program … beslutas av
 * kommunfullmäktige eller av berörd nämnd` describes document types in general), background
 * (`en dagordning från kommunfullmäktige påverkas av EU`), references, the title block, the
 * document's own summary, and a proposal (which proposes decisions rather than assigning work).
 * Sections of a cover letter (`part: 'cover-letter'`) are skipped for the same reason.
 */
export const SKIPPED_CATEGORIES: ReadonlySet<string> = new Set(['definitions', 'background', 'references', 'front-matter', 'summary', 'proposal']);

/**
 * Every statement of who does what in the sections, in document order: one `Responsibility` per
 * actor and duty (see the module comment for the patterns read and the sections skipped).
 */
export function extractResponsibilities(sections: readonly Section[]): Responsibility[] {
  const responsibilities: Responsibility[] = [];
  const seen = new Set<string>();
  const emit = (statements: readonly Statement[], sectionId: string, line: number): void => {
    for (const statement of statements) {
      if (statement.leadIn) continue;
      for (const { actor, actorText } of statement.holders) {
        const clause = statement.clause ?? statement.duty;
        const key = [actor.id, statement.role, clause, sectionId, line].join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        const kind = classifyDuty(clause, statement.role);
        responsibilities.push({
          actor: { id: actor.id, label: actor.label },
          actorText,
          duty: statement.duty,
          clause,
          role: statement.role,
          kind,
          sectionId,
          line,
        });
      }
    }
  };

  for (const section of sections) {
    if (SKIPPED_CATEGORIES.has(section.category) || section.part === 'cover-letter') continue;
    const heading = headingHolders(section.heading);
    const headingFallback: Fallback | undefined = heading.length > 0 ? { holders: heading, defaultRole: 'carries-out' } : undefined;
    let recent: readonly Holder[] = heading;
    let leadIn: Paragraph | undefined;
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        const text = plainText(block.phrases);
        const statements = statementsOf(text, headingFallback);
        emit(statements, section.id, block.startLine);
        const last = statements.at(-1);
        const holders = last?.holders ?? [];
        if (holders.length > 0) recent = holders;
        leadIn = { text, holders, dutyList: last?.leadIn === true };
        continue;
      }
      const fallback = listFallback(leadIn, recent, heading);
      for (const item of block.items) {
        const text = plainText(item.phrases);
        const bullet = dashBullet(text);
        const statements = bullet ? statementsOf(bullet.rest, { holders: bullet.holders, defaultRole: 'carries-out' }) : statementsOf(text, fallback);
        emit(statements, section.id, item.startLine);
      }
      leadIn = undefined;
    }
  }
  return responsibilities;
}
