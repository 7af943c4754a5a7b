/** The apology a user gets when the model could not answer: short, and naming what still works. */
export const runFailedText =
  'Sorry, I couldn\'t answer that question just now. Everything you recorded is saved, and quick answers still work: try "summary", "this month" or "list".';
