/**
 * "digest now": this week's digest on demand. Adapters answer it themselves (a chart, a photo), so they
 * recognise it before handing text to the core.
 */
export function isDigestNowRequest(text: string): boolean {
  return /^digest\s+now$/i.test(text.trim());
}
