/** One stream per budget line: its estimate, allocation and every entry against it decide together. */
export const budgetLineStream = (lineId: string) => `funding-line-${lineId}`;

/** One stream per fund: every donation into it and every distribution out of it share its balances. */
export const fundStream = (fundId: string) => `funding-fund-${fundId}`;
