// The channel of a tab's content script: what the background (keyboard commands) and the popup
// may ask of the page the reader is on.
import * as v from 'valibot';
import { type Api, type Channel, method } from './channel';
import { CHANNELS } from './names';
import { text } from './schemas';

export const tabChannel = {
  name: CHANNELS.tab,
  api: {
    /** The keyboard command: the next or previous term in reading order; the term's text, if any. */
    focusTerm: method(v.object({ direction: v.picklist(['next', 'previous']) })).returns<string | null>(),
    /** The popup's key terms: scroll to the first occurrence of an entry and open its card. */
    showEntry: method(v.object({ entryId: text(200) })).returns<boolean>(),
    /** The popup, on a page Lentera did not take for an article: read it as one anyway. */
    annotateAnyway: method(v.object({})).returns<boolean>(),
    /** The keyboard command: look up the word at the start of the selection. */
    lookUpSelection: method(v.object({})).returns<boolean>(),
  },
} satisfies Channel<Api>;

export type TabApi = (typeof tabChannel)['api'];
