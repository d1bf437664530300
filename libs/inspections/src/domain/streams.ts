/** One stream per inspection: its team, findings, recommendations and conclusion decide together. */
export const inspectionStream = (inspectionId: string) => `inspection-${inspectionId}`;
