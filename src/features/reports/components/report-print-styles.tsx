/**
 * Printing the report: A4, the app's header, navigation and the report's own controls left out,
 * each theme on its own page (see ReportView). Mounted with the report page only, so printing any
 * other page is untouched. Plain CSS: Griffel's classes cannot reach the app's chrome or `@page`.
 * The system colours keep text dark on white on paper, also from Teams' dark theme.
 */
const PRINT_CSS = `
@page { size: A4; margin: 20mm 18mm; }
@media print {
  header, nav, [data-report-chrome], a[href="#main"] { display: none !important; }
  html, body, body *:not([data-report-status]) { background-color: Canvas; color: CanvasText; }
  main { padding: 0 !important; max-width: none !important; }
  [data-report-status] { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;

export function ReportPrintStyles() {
  return <style>{PRINT_CSS}</style>;
}
