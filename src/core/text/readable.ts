// Page text as the signal rules read it: without the characters that draw nothing, with the spaces a page puts
// between Chinese characters joined, compatibility forms folded (fullwidth, circled) and traditional characters
// folded to simplified. One preparation for the page's text and for a field's names, wherever they are tested.
import { foldCompatForms } from './compat-forms';
import { foldPageText } from './han-fold';
import { joinSpacedHan } from './han-spaces';
import { dropInvisible } from './invisible';

export const readableText = (text: string): string => foldPageText(foldCompatForms(joinSpacedHan(dropInvisible(text))));
