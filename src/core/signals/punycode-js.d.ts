// punycode.js ships no type declarations; only the two functions the lookalike checks use.
declare module 'punycode.js' {
  export function toUnicode(domain: string): string;
  export function toASCII(domain: string): string;
  const punycode: { toUnicode(domain: string): string; toASCII(domain: string): string };
  export default punycode;
}
