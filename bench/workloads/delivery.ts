/** What a reader delivered compared with what was written: delivered = written, no duplicates. */
export interface Delivery {
  written: number;
  delivered: number;
  duplicates: number;
  missing: number;
  unexpected: number;
}

export function checkDelivery(written: Set<string>, deliveredIds: string[]): Delivery {
  const seen = new Set<string>();
  let duplicates = 0;
  let unexpected = 0;
  for (const id of deliveredIds) {
    if (seen.has(id)) duplicates++;
    else seen.add(id);
    if (!written.has(id)) unexpected++;
  }
  let missing = 0;
  for (const id of written) if (!seen.has(id)) missing++;
  return { written: written.size, delivered: deliveredIds.length, duplicates, missing, unexpected };
}

export const deliveryOk = (d: Delivery): boolean => d.delivered === d.written && d.duplicates === 0 && d.missing === 0 && d.unexpected === 0;

export function describeDelivery(d: Delivery): string {
  const base = `${d.delivered.toLocaleString('en-US')} delivered of ${d.written.toLocaleString('en-US')} written`;
  return deliveryOk(d) ? `${base}, all ids once` : `${base}: ${d.missing} missing, ${d.duplicates} duplicates, ${d.unexpected} unexpected`;
}
