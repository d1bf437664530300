import type { DirectiveTask } from '@cpp/directives';

/** `II.1.đ` → `ii-1-dd`: ids are slugs, and đ has no ASCII letter of its own. */
export function sectionSlug(section: string): string {
  return section
    .toLowerCase()
    .replace(/đ/g, 'dd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\./g, '-');
}

/** A lettered item of a plan that names its lead agency (chủ trì). */
export function task(section: string, leadAgencyId: string, text: string, reportingRegimeIds: string[], coordinatingAgencyIds: string[] = []): DirectiveTask {
  return { taskId: sectionSlug(section), section, text, leadAgencyId, coordinatingAgencyIds, dueDate: null, reportingRegimeIds };
}

/**
 * An item a dispatch addresses to every recipient alike ("các sở, ban, ngành…"): each recipient
 * leads its own task, so that each one's obligations can be followed.
 */
export function taskForEach(section: string, leadAgencyIds: string[], text: string, reportingRegimeIds: string[]): DirectiveTask[] {
  return leadAgencyIds.map((leadAgencyId) => ({ ...task(section, leadAgencyId, text, reportingRegimeIds), taskId: `${sectionSlug(section)}-${leadAgencyId}` }));
}

/** The data cut-off when a document does not set one: the default of Nghị định 09/2019/NĐ-CP, Điều 12. */
export const DEFAULT_CUTOFF = {
  sixMonthly: 'Văn bản không nêu; theo Điều 12 Nghị định số 09/2019/NĐ-CP: từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/6 của kỳ báo cáo',
  annual: 'Văn bản không nêu; theo Điều 12 Nghị định số 09/2019/NĐ-CP: từ ngày 15/12 năm trước kỳ báo cáo đến ngày 14/12 của kỳ báo cáo',
  adHoc: 'Theo yêu cầu của từng lần báo cáo đột xuất',
};
