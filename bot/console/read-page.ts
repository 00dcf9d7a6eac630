/** ?page=: a positive number up to 10,000; anything else is the first page, never an error. */
export function readPage(url: URL): number {
  const page = Number.parseInt(url.searchParams.get('page') ?? '', 10);
  return Number.isSafeInteger(page) && page >= 1 && page <= 10_000 ? page : 1;
}
