/** Resolves in a task of its own (a timer): whatever else waits on the thread runs first. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
