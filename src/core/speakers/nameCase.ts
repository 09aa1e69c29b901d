/**
 * A name written in capitals only, as transcripts label their speakers ("DAVID OTIENO:", "O'BRIEN:"), is shown the way
 * the article would write it in a sentence: "David Otieno", "O'Brien", "Oke-Osanyintolu". Names with any other
 * lower-case letter are kept as written ("McDonald", "de Klerk").
 */
export function displayCase(name: string): string {
  const bare = name.replace(PREFIXED_CAPS, '$1');
  if (/\p{Ll}/u.test(bare) || !/\p{Lu}.*\p{Lu}/u.test(bare)) return name;
  return name
    .split(/(\s+)/)
    .map((word) => {
      const m = /^(Ma?c|De)(\p{Lu}.*)$/u.exec(word);
      return m ? m[1] + titleCase(m[2]) : titleCase(word);
    })
    .join('');
}

/**
 * Transcripts keep a surname prefix's small letters in their capitals: "LAURA McKINNON", "DeSANTIS" are names in
 * capitals, shown "Laura McKinnon", "DeSantis".
 */
const PREFIXED_CAPS = /(^|[\s'’-])(?:Ma?c|De)(?=\p{Lu}{2})/gu;

function titleCase(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
