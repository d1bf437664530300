/** Dates as the documents write them: dd/MM/yyyy (both locales; the documents are Vietnamese). */
export function formatDate(localDate: string | null | undefined): string {
  if (!localDate) return '—';
  const [year, month, day] = localDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** Money is integer đồng, carried as a string so no float ever touches it. */
export function formatDong(amount: string | bigint): string {
  return `${BigInt(amount).toLocaleString('vi-VN')} ₫`;
}

export function formatNumber(value: number, locale: string): string {
  return value.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
}

export const formatPercent = (ratio: number | null | undefined) => (ratio === null || ratio === undefined ? '—' : `${Math.round(ratio * 100)} %`);

/** Today's local date where the platform counts deadlines (Asia/Ho_Chi_Minh). */
export function todayInVietnam(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** "What did we know on 30/6": the end of that day in Vietnam, as the API's asOf instant. */
export const endOfDayInVietnam = (localDate: string) => `${localDate}T23:59:59.999+07:00`;
