// Tables as the loaders write them: one row a line, cells joined by " | ", the first row naming the
// columns. Shared by the chunker (which carries a header row into every chunk holding rows of its
// table) and the answerer (which reads each row with its header row).

/**
 * A figure or a full stop outside brackets: a row holding one gives data ("Level 1 | $24,800"), while a
 * header row names columns, at most with a year or note in brackets ("Annual limit (2026)").
 */
const DATA_MARK = /[\d.](?![^(]*\))/;

/** A line of a table: cells joined by " | ". */
export function isTableRow(line: string | undefined): boolean {
  return line?.includes(' | ') ?? false;
}

/** A table row that names columns and gives no data ("Code | Service | Unit | Rate"). */
export function isHeaderRow(line: string): boolean {
  return isTableRow(line) && !DATA_MARK.test(line);
}
