// What a site asked for on an earlier page of the same tab, for a few minutes: the card step of a staged fake
// page.
//
// The parcel-claim scam (the Hangzhou case) takes the card number on one page and the bank's SMS code on the
// next. That code page alone has no card field, often no brand and no story: it reads like any SMS login, and
// got no warning. So the background notes, per tab, the card fields the last card page asked for, on which
// site, and whether that page claimed a brand or told a scam story. A page that asked only who you are (phone,
// ID number) while telling a scam story or posing as a brand's sign-in page is noted the same way: its code
// page is the same next step. A code page of the same site within the window is judged with them
// (core/verdict/decide.ts). A code page of ANOTHER site within the window counts too when the note is of a card
// step that was a fake page by its own words (it claimed a brand or told a scam story): a kit can post its card
// step to one domain and put the code step on a fresh one, and the code page alone then says nothing. An
// honest shop's card page followed by some site's SMS login is not joined. A navigation clears the tab's
// verdicts but not this note: the next page is the point. A tab the card page opens (a link with target=_blank,
// window.open) starts with a copy of it, since a kit may put its next step there. Closing the tab forgets it.
//
// Stored in storage.session beside the tab state: a registrable domain, field kinds, three flags, the ids of the
// scam scripts the page told, and a time. Never a value, never a path.
import { z } from 'zod';
import { CARD_KINDS, FIELD_KINDS, type Context, type EarlierStep, type FieldKind, type Verdict } from '@/core/types';
import { isCardStep, policyFacts, scriptIdsOf } from '@/core/verdict/decide';
import { describeIssue } from '@/messaging/validate';
import type { KeyValueStore } from '@/platform/session-store';

/** How long a card page counts for the next pages of its site: the code step follows within a minute or two. */
export const STEP_WINDOW_MS = 10 * 60_000;
const PREFIX = 'step:';

export interface StepNote extends EarlierStep {
  /**
   * Registrable domain of the frame that asked for the card fields, and of the tab's top page when that is
   * another site: a fake page often takes the card number in a frame from elsewhere, and the code on its own.
   */
  sites: string[];
  at: number;
}

/** What a story step asked for: who you are, before the code. */
const IDENTITY_KINDS: readonly FieldKind[] = ['phone', 'id-number'];

/**
 * The note a verdict leaves: only a page of a site that is neither official nor trusted, with card fields (a
 * card step), or else with a phone or ID-number field under its own scam story or sign-in claim (a story step:
 * "注销校园贷" asks who you are, the code comes on the next page).
 * `topSite`: the registrable domain of the tab's top page, when the verdict is a frame's.
 */
export function noteOf(verdict: Verdict, context: Context, at: number, topSite: string | null = null): StepNote | null {
  const { domain } = verdict;
  if (!domain.registrableDomain || domain.kind === 'official' || domain.kind === 'trusted') return null;
  const asked = new Set(verdict.fields.map((f) => f.kind));
  let kinds = [...asked].filter((k) => CARD_KINDS.includes(k));
  // The page's own claim and story, not those it inherited from a page before it.
  const own = policyFacts({ ...verdict, context: { trusted: context.trusted } });
  if (kinds.length === 0 && (own.script || own.signInClaim)) kinds = [...asked].filter((k) => IDENTITY_KINDS.includes(k));
  if (kinds.length === 0) return null;
  const sites = topSite && topSite !== domain.registrableDomain ? [domain.registrableDomain, topSite] : [domain.registrableDomain];
  return { sites, kinds, claim: own.claim, moneyClaim: own.moneyClaim, script: own.script, scripts: scriptIdsOf(verdict.signals), at };
}

const stepNoteSchema = z.object({
  sites: z.array(z.string()),
  kinds: z.array(z.enum(FIELD_KINDS)),
  claim: z.boolean(),
  moneyClaim: z.boolean(),
  script: z.boolean(),
  scripts: z.array(z.string().max(64)).max(20).optional(),
  at: z.number(),
}) satisfies z.ZodType<StepNote>;

export function isStepNote(value: unknown): value is StepNote {
  return stepNoteSchema.safeParse(value).success;
}

/**
 * The note as the earlier step of a page of `site` at `now`; null once the window passed. For a page of another
 * site, only a fake card page's note counts (its own brand claim or scam story), marked `otherSite`.
 */
export function earlierStepFor(note: StepNote, site: string | null, now: number): EarlierStep | null {
  if (site === null || now < note.at || now - note.at > STEP_WINDOW_MS) return null;
  const step = { kinds: note.kinds, claim: note.claim, moneyClaim: note.moneyClaim, script: note.script, scripts: note.scripts ?? [] };
  if (note.sites.includes(site)) return step;
  const fakeCardPage = (note.claim || note.script) && isCardStep(note);
  return fakeCardPage ? { ...step, otherSite: true } : null;
}

/** One note per tab, in the background's session store. */
export class StepNotes {
  constructor(
    private readonly kv: KeyValueStore,
    private readonly warn: (message: string, error: unknown) => void,
  ) {}

  /** The tab's earlier step for a page of the site `siteOf()` names (asked only when the tab has a note). */
  async earlier(tabId: number, siteOf: () => string | null, now: number): Promise<EarlierStep | null> {
    const note = await this.read(tabId);
    return note ? earlierStepFor(note, siteOf(), now) : null;
  }

  /**
   * A tab opened from `openerTabId` starts with a copy of its note. The copy counts as the note does: for a code
   * page within STEP_WINDOW_MS of the card page, of the same site, or of another site after a fake card page.
   */
  async inherit(tabId: number, openerTabId: number): Promise<void> {
    const note = await this.read(openerTabId);
    if (note) await this.kv.set(PREFIX + tabId, note);
  }

  private async read(tabId: number): Promise<StepNote | null> {
    const stored = await this.kv.get<unknown>(PREFIX + tabId);
    if (stored === undefined) return null;
    const note = stepNoteSchema.safeParse(stored);
    if (!note.success) {
      // Only this extension writes here; a malformed note is dropped and reported, never half-read.
      this.warn('earlier step', new Error(`malformed note for tab ${tabId}, removed: ${describeIssue(note.error.issues[0])}`));
      await this.kv.remove(PREFIX + tabId);
      return null;
    }
    return note.data;
  }

  note(tabId: number, note: StepNote): Promise<void> {
    return this.kv.set(PREFIX + tabId, note);
  }

  forget(tabId: number): Promise<void> {
    return this.kv.remove(PREFIX + tabId);
  }
}
