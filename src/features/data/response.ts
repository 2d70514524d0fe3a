/** How the CSV files are served: as UTF-8 text of type `text/csv`, with the header record marked present. */
export function csvResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
}
