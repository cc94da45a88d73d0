// What every feature of an annotated page is started with: the article as detected, its
// annotation, the reader's settings, and Lentera's shared UI (the card host and the pointer and
// keyboard handling). Each feature adds its own listeners under the signal it is given.
import type { AnnotateReply } from '../contract/background-api';
import type { LiveBlock } from '../dom/blocks';
import type { Settings } from '../shared/settings';
import type { TermInteraction } from './interaction';
import type { PopoverHost } from './popover/popover-host';

export interface PageContext {
  doc: Document;
  blocks: readonly LiveBlock[];
  annotations: AnnotateReply;
  pageTitle: string;
  /** The settings as they are now (they change while the page is open). */
  settings(): Settings;
  popover: PopoverHost;
  interaction: TermInteraction;
}
