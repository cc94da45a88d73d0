/** The name of each channel, written in every envelope (kept apart so that callers bundle no schemas). */
export const CHANNELS = { background: 'background', tab: 'tab', offscreen: 'offscreen' } as const;
