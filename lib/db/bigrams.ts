// The two-character index ("StatementBigram", migration 0007_bigram_search): Chinese words are mostly
// two characters, shorter than the trigram index can look up. Pure functions, shared by the writers
// and the search so that both cut text the same way.

const GRAM_CHARACTER = /^[\p{L}\p{N}]$/u;
const GRAM_RUN = /[\p{L}\p{N}]{2,}/gu;

/** Whether the bigram index can look up this word: exactly two letters or digits. */
export function isBigramWord(word: string): boolean {
  const chars = [...word];
  return chars.length === 2 && chars.every((c) => GRAM_CHARACTER.test(c));
}

/**
 * Whether the index's hits for this word are exactly the statements containing it (as instr finds
 * them): the tokenizer folds the case of letters, and of a few uncased ones, so only Chinese
 * characters and ASCII digits are sure.
 */
export function bigramHitsAreExact(word: string): boolean {
  return isBigramWord(word) && [...word].every((c) => /[\p{Script=Han}0-9]/u.test(c));
}

/**
 * Every pair of adjacent letters or digits in the text, each once, separated by spaces: the
 * tokenizer (unicode61) takes each pair as one token. Each pair once suffices, as the index keeps
 * no positions (detail=none).
 */
export function statementBigrams(text: string): string {
  const grams = new Set<string>();
  for (const run of text.match(GRAM_RUN) ?? []) {
    const chars = [...run];
    for (let i = 1; i < chars.length; i++) grams.add(chars[i - 1] + chars[i]);
  }
  return [...grams].join(" ");
}

/** The name under which lib/db/migrate.ts gives statementBigrams to migration SQL. */
export const BIGRAMS_SQL_FUNCTION = "atlas_statement_bigrams";
