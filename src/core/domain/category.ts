/** The lower-case key a category is grouped and filtered by, so "Board Games" and "board games" are one. */
export function categoryKey(category: string): string {
  return category.trim().replace(/\s+/g, ' ').toLowerCase();
}
