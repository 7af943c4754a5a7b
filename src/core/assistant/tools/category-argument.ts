/** Category names from tool arguments: a bounded string, stored in the spelling the user already uses. */
import { z } from 'zod';
import { maxCategoryLength } from '../../domain/expense-rules.ts';

/** The bound the model is shown; the expense rules clean the text and check it again. */
export const categorySchema = z.string().trim().min(1).max(maxCategoryLength);

/** How a category filter matches (see categoryKey), said once here for both tools that filter. */
export const categoryFilterDescription = 'Only this category (whole name, any case); null for all.';

export { categorySpelling } from '../../service/category-spelling.ts';
