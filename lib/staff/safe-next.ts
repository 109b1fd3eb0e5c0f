/** Where to go after signing in: only a path of this site, else the case list (no open redirect). */
export function safeNext(next: string | string[] | null | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  return value && /^\/(?![/\\])[\w\-./?=&%]*$/.test(value) ? value : "/cases";
}
