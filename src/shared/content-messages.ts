// Messages the background (or the popup) sends to a tab's content script: validated on arrival,
// like every message.
import * as v from 'valibot';

export const contentMessageSchema = v.variant('method', [
  /** The keyboard command: the next or previous term in reading order. */
  v.object({
    lentera: v.literal(1),
    method: v.literal('focusTerm'),
    params: v.object({ direction: v.picklist(['next', 'previous']) }),
  }),
  /** The popup's key terms: scroll to the first occurrence of an entry and open its card. */
  v.object({
    lentera: v.literal(1),
    method: v.literal('showEntry'),
    params: v.object({ entryId: v.pipe(v.string(), v.maxLength(200)) }),
  }),
  /** The popup, on a page Lentera did not take for an article: read it as one anyway. */
  v.object({ lentera: v.literal(1), method: v.literal('annotateAnyway'), params: v.object({}) }),
  /** The keyboard command: look up the word at the start of the selection. */
  v.object({ lentera: v.literal(1), method: v.literal('lookUpSelection'), params: v.object({}) }),
]);

export type ContentMessage = v.InferOutput<typeof contentMessageSchema>;

export function parseContentMessage(message: unknown): ContentMessage | null {
  const parsed = v.safeParse(contentMessageSchema, message);
  return parsed.success ? parsed.output : null;
}
