/** Category names from tool arguments: a bounded string, stored in the spelling the user already uses. */
import { z } from 'zod';

export const categorySchema = z.string().trim().min(1).max(60);

export { categorySpelling } from '../../service/category-spelling.ts';
