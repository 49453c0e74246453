export interface TableLayout {
  tableWidth: number;
  scrollWidth: number;
  tableRight: number;
  columnRight: number;
  /** Per row: the number of lines the Status and the Changes cells take. */
  lines: { row: string; status: number; changes: number }[];
}
export function summaryTableLayout(): TableLayout;
export function detailsState(el: unknown): { open: boolean; contentHeight: number };
export function inPageLinks(): { target: string; found: number }[];
export function shortcodesLeft(): string[];
