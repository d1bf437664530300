export function table(header: string[], rows: string[][], align?: ('l' | 'r')[]): string {
  const separator = header.map((_, i) => ((align?.[i] ?? (i === 0 ? 'l' : 'r')) === 'r' ? '---:' : '---'));
  return [header, separator, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
