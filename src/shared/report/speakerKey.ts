/**
 * The key under which one speaker's rows merge across articles: "Clara Okafor", "CLARA  OKAFOR" and "Clára Okafor"
 * are one person; "the Foreign Ministry" and "Foreign Ministry" one organization. Within an article the analysis
 * already resolves "Okafor" to "Clara Okafor", so the full canonical name is what arrives here.
 */
export function speakerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[.,]/g, ' ')
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words in a quote, for "quoted words per speaker": "don't" and "well-known" count once. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
