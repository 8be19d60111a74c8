// Redaction of personal details before text leaves for a model (meeting notes, questions, passages to
// embed): phone numbers, email addresses, dates of birth, SSNs and ID numbers. Labels stay ("DOB: [DOB]")
// so the text still reads sensibly.

export interface Redacted {
  text: string;
  /** How many details were replaced. */
  count: number;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})`;

const RULES: { re: RegExp; label: string; keepGroup?: boolean }[] = [
  { re: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, label: '[EMAIL]' },
  {
    re: new RegExp(`(\\b(?:DOB|D\\.O\\.B\\.?|date\\s+of\\s+birth|birth\\s*date|birthday|born(?:\\s+on)?)\\s*(?:is|:|-|—)?\\s*)${DATE}`, 'gi'),
    label: '[DOB]',
    keepGroup: true,
  },
  { re: /(\b(?:SSN|SS#|social\s+security(?:\s+(?:number|no\.?|#))?)\s*(?:is|:|#|-)?\s*)\d{3}-?\d{2}-?\d{4}\b/gi, label: '[ID]', keepGroup: true },
  { re: /\b\d{3}-\d{2}-\d{4}\b/g, label: '[ID]' },
  {
    re: /(\b(?:student|state|district|medicaid|medical\s+assistance|ssi|vr|case|client|member|participant|record|lasid|sasid|school)\s*(?:id|#|no\.?|number|num)\s*(?:is|:|#|-)?\s*)[A-Z]{0,3}-?\d[\d-]{3,}\b/gi,
    label: '[ID]',
    keepGroup: true,
  },
  { re: /(\bID\s*(?:#|:|no\.?|number)?\s*)[A-Z]{0,3}-?\d[\d-]{3,}\b/g, label: '[ID]', keepGroup: true },
  { re: /(?<![\w/])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w/])/g, label: '[PHONE]' },
];

export function redact(text: string): Redacted {
  let count = 0;
  let out = text;
  for (const { re, label, keepGroup } of RULES) {
    out = out.replace(re, (...args: unknown[]) => {
      count++;
      return keepGroup ? `${String(args[1])}${label}` : label;
    });
  }
  return { text: out, count };
}
