/** One stream per document: its tasks, regimes, amendments and end decide together. */
export const directiveStream = (directiveId: string) => `directive-${directiveId}`;
