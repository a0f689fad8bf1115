import { DAY, iso, MONTH, monthIndex, WEEKDAY, WEEKDAYS } from './date-words';

// The publication date a release writes about itself: the anchor of its relative dates (see dates.ts).

/**
 * The publication date written in the text itself: the "Ends/Wednesday, December 13, 2023"
 * footer or an "Issued at HKT 18:30 on 13 December 2023" line of government releases,
 * or a dateline at the top ("Singapore, 5 March 2024 –"). `undefined` when none.
 * @returns The date as ISO `YYYY-MM-DD`, or `undefined`.
 * @example
 * findPublished('…\nEnds/Wednesday, December 13, 2023'); // '2023-12-13'
 * findPublished('Issued at HKT 18:30 on 13 December 2023'); // '2023-12-13'
 */
export function findPublished(text: string): string | undefined {
  const patterns = [
    new RegExp(`Ends\\s*/\\s*(?:${WEEKDAY},\\s*)?${MONTH}\\s+${DAY},?\\s+(\\d{4})`),
    new RegExp(`Ends\\s*/\\s*(?:${WEEKDAY},\\s*)?${DAY}\\s+${MONTH},?\\s+(\\d{4})`),
    // "Issued at HKT 18:30 on 13 December 2023", and a line that opens on it: "Published: 21 June 2019", "Posted: 3 May 2019".
    new RegExp(`(?:(?:Issued|Published|Released)\\b[^\\n]{0,40}?\\bon\\s+|^(?:Published|Released|Issued|Posted)(?:\\s+on)?\\s*:\\s*)(?:${WEEKDAY},?\\s*)?${MONTH}\\s+${DAY},?\\s+(\\d{4})`, 'im'),
    new RegExp(`(?:(?:Issued|Published|Released)\\b[^\\n]{0,40}?\\bon\\s+|^(?:Published|Released|Issued|Posted)(?:\\s+on)?\\s*:\\s*)(?:${WEEKDAY},?\\s*)?${DAY}\\s+${MONTH},?\\s+(\\d{4})`, 'im'),
    // A dateline: "SINGAPORE, March 5, 2024 –", "SUVA, Fiji, Monday 3 September 2018 —".
    new RegExp(`^[^\\n]{0,60}?,\\s*(?:${WEEKDAY},?\\s+)?${MONTH}\\s+${DAY},?\\s+(\\d{4})\\s*[-–—]`, 'm'),
    new RegExp(`^[^\\n]{0,60}?,\\s*(?:${WEEKDAY},?\\s+)?${DAY}\\s+${MONTH},?\\s+(\\d{4})\\s*[-–—]`, 'm'),
    // Near the top, a line that is only a place and a date, or only a date: "Buckingham Palace, 12 June 2025".
    new RegExp(`^(?:[^\\n,]{2,40},\\s*)?(?:${WEEKDAY},?\\s*)?${MONTH}\\s+${DAY},?\\s+(\\d{4})[ \\t]*$`, 'm'),
    new RegExp(`^(?:[^\\n,]{2,40},\\s*)?(?:${WEEKDAY},?\\s*)?${DAY}\\s+${MONTH},?\\s+(\\d{4})[ \\t]*$`, 'm'),
  ];
  for (const [i, re] of patterns.entries()) {
    const m = re.exec(i >= 6 ? text.slice(0, 400) : text);
    if (!m) continue;
    const g = m.slice(1).filter((x) => x !== undefined && !WEEKDAYS.includes(x.toLowerCase()));
    const [a, b, y] = g as [string, string, string];
    const monthFirst = i % 2 === 0;
    const r = monthFirst ? iso(Number(y), monthIndex(a), Number(b)) : iso(Number(y), monthIndex(b), Number(a));
    if (r) return r;
  }
  return undefined;
}
