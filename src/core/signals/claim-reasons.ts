// Kept apart from brand-claims.ts so that the popup and the background's warning text can name these codes
// without importing the claim rules.

/** The claim reasons (brand-claims.ts) whose detail is the alias the page used: a family brand is named by it. */
export const CLAIM_ALIAS_CODES: ReadonlySet<string> = new Set(['claim-in-title', 'claim-in-heading']);
