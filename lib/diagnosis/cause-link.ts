/** Where the catalogue documents a cause (the shared causes.md, anchored by id). */
export function catalogueLink(id: string): string {
  return `causes.md#${id}`;
}
