import type { BrandPack } from '../brands/schema.js';
import { hostParts, lookalikeWord } from './lookalike.js';
import { DYNAMIC_DNS, FREE_HOSTING, isSharedPlatform } from './platforms.js';

export { isSharedPlatform };

// What a URL gives away about the site behind it even when no brand name appears in it. Most
// brand-lure URLs in phishing feeds (JPCERT/CC, OpenPhish) are a random name on a cheap TLD, a
// subdomain of a free hosting or dynamic-DNS service, or a fake "amazon.co.jp." prefix in front of
// an unrelated domain, often with a sign-in path. Each trait alone is common on honest sites (a
// .xyz start-up, a GitHub Pages blog, a /login page), so every signal carries a graded strength and
// only the sum says "suspicious": one weak trait never does, two or three together do.
// The traits are the classic lexical phishing-URL features (Ma et al., "Beyond Blacklists", KDD 2009;
// Sahingoz et al., "Machine learning based phishing detection from URLs", 2019): host-based
// reputation proxies, token randomness, subdomain depth, sensitive words and ports.
// Pure and browser-safe; linear time; no network.

export type UrlSignalId =
  | 'dynamic-dns' // a subdomain of duckdns.org, ngrok, trycloudflare…: anyone gets one in seconds, unnamed
  | 'free-hosting' // a subdomain of workers.dev, web.app, weeblysite.com, 000webhostapp…
  | 'abused-tld' // a TLD that abuse reports rank among the most abused for phishing
  | 'random-label' // a host label that reads like machine-made noise (xmjvei, 8x3k39nf, bbbdsadqws)
  | 'domain-in-subdomain' // a fake domain in front of the real one: amazon.co.jp.example.shop, www-amazon-co-jp.example.com
  | 'brand-like-label' // a subdomain label one or two edits from a brand name (amzanao.example.com)
  | 'deep-subdomain' // many subdomain levels push the real domain out of sight on a phone
  | 'host-keyword' // sign-in / security words in the host name (secure-login-service.example.top)
  | 'credential-path' // sign-in / verify / account-update words in the path or query
  | 'brand-in-path' // a brand name as a word of the path on a host that is not the brand's (site.example/amazon/)
  | 'kit-path' // PHP endpoints and WordPress folders, where phishing kits land on hacked sites
  | 'odd-port' // an explicit port other than 80/443
  | 'punycode-host'; // an IDN label (xn--…): the reader sees other letters than the ASCII name

export interface UrlSignal {
  id: UrlSignalId;
  strength: number;
  /** The part of the URL that shows it (a label, a TLD, a path word). */
  detail: string;
}

export interface UrlAssessment {
  signals: UrlSignal[];
  /** Sum of the signal strengths, capped at 1. */
  total: number;
}

/**
 * Strength of each trait. Weak (≤ 0.3): common on honest sites too. Medium (0.35–0.45): unusual for
 * a site that a company would send customers to. The sum of one medium and one weak trait (≥ 0.65)
 * reaches SUSPICIOUS_TOTAL; one trait alone does only where it is strong (a dynamic-DNS name, or
 * machine-made names layered on each other).
 */
export const SIGNAL_STRENGTH: Record<UrlSignalId, number> = {
  // Alone at the suspicious total: a free name for any machine, with nobody behind it; brands never
  // send customers to one (a person's home server does live there, hence not stronger).
  'dynamic-dns': 0.65,
  'free-hosting': 0.4,
  'abused-tld': 0.3,
  'random-label': 0.4,
  'domain-in-subdomain': 0.5,
  'brand-like-label': 0.45,
  'deep-subdomain': 0.2,
  'host-keyword': 0.25,
  'credential-path': 0.3,
  'brand-in-path': 0.3,
  'kit-path': 0.15,
  'odd-port': 0.25,
  'punycode-host': 0.25,
};

/** A total at or above this reads as "suspicious" (policy weight of suspicious-link-host × total ≥ 0.4). */
export const SUSPICIOUS_TOTAL = 0.65;

/** Added to random-label when machine-made names are layered (two random labels, or a subdomain on one). */
const RANDOM_LAYERED_BONUS = 0.25;

// Hosts where the page sits in the path of a shared name (storage buckets, site and form builders).
const FREE_HOSTING_HOSTS = new Set('sites.google.com storage.googleapis.com firebasestorage.googleapis.com ipfs.io'.split(' '));
// Azure Storage static websites (<account>.z13.web.core.windows.net): anyone's page under Microsoft's name.
const FREE_HOSTING_SUFFIX = /\.web\.core\.windows\.net$/;

// TLDs that abuse reports rank among the most abused for phishing and spam relative to their size:
// Spamhaus "The World's Most Abused TLDs" (https://www.spamhaus.org/reputation-statistics/cctlds/domains/)
// and Interisle Consulting's "Phishing Landscape" studies (https://interisle.net/insights), which
// single out cheap new gTLDs (.top, .xyz, .shop, the .cfd/.sbs/.bond/.icu family, .buzz, .click…)
// and the formerly free Freenom ccTLDs (.tk, .ml, .ga, .cf, .gq). Weak alone: honest sites use them.
const ABUSED_TLDS = new Set(
  (
    'top xyz shop cfd sbs icu buzz bond click cyou rest quest lol monster support club vip online site live fun space ' +
    'store website best work tk ml ga cf gq pw cam mom beauty hair skin makeup boats autos yachts motorcycles homes ' +
    'loan win bid men date review party racing download stream gdn link zip mov bar cc su ws'
  ).split(/\s+/),
);

// Where a machine-made registrable name with subdomains under it is a throwaway: the abused TLDs,
// and .cn, which the same abuse reports rank high among country codes (weak alone, so it is not an
// abused-tld trait of its own: most .cn sites are ordinary Chinese sites).
const CHEAP_TLDS = new Set([...ABUSED_TLDS, 'cn']);

// Sign-in, security and account words that phishers put into host names.
const HOST_KEYWORD =
  /(?:^|[.-])(secure|security|login|log-?in|signin|sign-?in|logon|verify|verification|verif|validate|validation|account|accounts|acount|update|support|service|services|auth|authenticate|wallet|billing|recovery|recover|unlock|unlocked|confirm|customer|helpdesk|webscr|suspend|suspended|locked|alert|notice|refund|prime|member|official)(?=$|[.-]|\d)/;

// Sign-in / verify words in the path or query (a superset of link-analysis's sign-in path).
const CREDENTIAL_PATH =
  /(?:^|[/_.=&?-])(sign-?in|log-?in|logon|log_in|auth|authenticate|authentication|verif(?:y|ication)|validat(?:e|ion)|unlock|webscr|password|passwd|credential|credentials|recover(?:y)?|suspend(?:ed)?|locked|reactivate|restore|account-?(?:update|verify|recovery|locked|security|confirm)|update-?(?:billing|payment|account|info|information)|cmd=_)(?=$|[/_.?#=&\d-])/i;

const KIT_PATH = /\/wp-(?:content|includes|admin)\/|\.php(?=$|[?#/])/i;

// A label that looks like a domain of its own (amazon.co.jp., www-amazon-co-jp-): "com" or a
// second-level like "co.jp" / "com.au" inside the subdomain. Country codes alone are left out
// (jp.example.com, de.wikipedia.org), and so are "net"/"org" labels, which ISPs use in their own
// host names (gw1.f.net.example.de).
const FAKE_DOMAIN_IN_SUBDOMAIN = /(?:^|[.-])(?:com|(?:co|com|ne|or|ac|go)[.-][a-z]{2})(?=$|[.-])|^www-|\.www\./;

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
// Letters that rarely start or follow a consonant inside English or romanised Japanese/Chinese words.
const RARE_LEAD = new Set(['j', 'q', 'v', 'x', 'z']);

/** How machine-made one hyphen part of a label looks: true when it reads like noise. */
export function looksRandom(part: string): boolean {
  const s = part.toLowerCase();
  if (s.length < 5 || s.length > 63) return false;
  // Long hex-ish strings with several digits: ids, hashes (pub-7435e01d…, bbca156569a539).
  let digits = 0;
  let letters = 0;
  let switches = 0;
  let prevDigit: boolean | null = null;
  for (const ch of s) {
    const d = ch >= '0' && ch <= '9';
    if (d) digits++;
    else letters++;
    if (prevDigit !== null && prevDigit !== d) switches++;
    prevDigit = d;
  }
  if (s.length >= 12 && digits >= 4 && letters >= 2 && /^[0-9a-f]+$/.test(s)) return true;
  // Letters and digits interleaved several times: 8x3k39nf, a1b2c3d4.
  if (switches >= 4 && letters >= 3 && digits >= 3) return true;
  // The letter runs, read like words.
  for (const run of s.split(/\d+/)) {
    if (run.length < 5) continue;
    let vowels = 0;
    let cons = 0;
    let maxCons = 0;
    let rare = 0;
    let prev = '';
    for (const ch of run) {
      if (VOWELS.has(ch)) {
        vowels++;
        cons = 0;
      } else {
        cons++;
        if (cons > maxCons) maxCons = cons;
        // Rare pairs: j/q/v/x/z followed by a consonant (except qu-less common clusters such as
        // "xt", "xp", "xc", "zz"), a doubled uncommon consonant, or a consonant before q/x/j.
        if (prev && !VOWELS.has(prev)) {
          const pair = prev + ch;
          if ((RARE_LEAD.has(prev) && !/^(?:xt|xp|xc|xh|zz|zh|vr)$/.test(pair)) || ((ch === 'q' || ch === 'x' || ch === 'j') && !/^(?:ck|nj|dj)$/.test(pair))) rare++;
        }
      }
      prev = ch;
    }
    if (vowels === 0) return true;
    if (run.length >= 7 && vowels / run.length <= 0.2) return true;
    if (maxCons >= 5) return true;
    if (rare >= 2) return true;
  }
  return false;
}

function labelIsRandom(label: string): boolean {
  return label.split('-').some(looksRandom);
}

/** Host-only traits (for a bare domain as well as a URL). Official brand hosts are not judged here. */
export function hostSignals(rawHost: string, brands: readonly BrandPack[] = []): UrlSignal[] {
  const out: UrlSignal[] = [];
  const add = (id: UrlSignalId, detail: string, strength = SIGNAL_STRENGTH[id]) => {
    if (!out.some((s) => s.id === id)) out.push({ id, strength, detail: detail.slice(0, 120) });
  };
  const p = hostParts(rawHost);
  if (!p.ascii) return out;
  // A bare IP address is ip-address-link's finding; it is not counted twice here.
  if (p.isIp) return out;
  const sub = p.subdomain.replace(/^www\d?\./, '').replace(/^www\d?$/, '');
  const subLabels = sub ? sub.split('.').filter(Boolean).slice(0, 16) : [];
  if (subLabels.length && DYNAMIC_DNS.has(p.registrable)) add('dynamic-dns', p.registrable);
  else if ((subLabels.length && FREE_HOSTING.has(p.registrable)) || FREE_HOSTING_HOSTS.has(p.ascii) || FREE_HOSTING_SUFFIX.test(p.ascii)) add('free-hosting', p.registrable);
  const tld = p.suffix.split('.').pop() ?? '';
  if (ABUSED_TLDS.has(tld)) add('abused-tld', `.${tld}`);
  if (p.ascii.split('.').some((l) => l.startsWith('xn--'))) add('punycode-host', p.display);
  // On a shared platform the user's label is the site's name; on an ordinary domain the
  // registrable label is the owner's chosen name and each subdomain label is theirs too.
  const platform = DYNAMIC_DNS.has(p.registrable) || FREE_HOSTING.has(p.registrable);
  const named = (platform ? subLabels : [...subLabels, p.label]).filter((l) => l.length >= 5);
  const random = named.filter(labelIsRandom);
  if (random.length) {
    // Machine-made names at two levels (hjfkq.xmzvbt.cn), or a subdomain under a machine-made
    // registrable name (eki-net.tjbjs0j.cn): nobody builds an honest site that way, so the trait
    // reaches the suspicious total on its own there.
    const layered = random.length >= 2 || (!platform && subLabels.length > 0 && random.includes(p.label) && CHEAP_TLDS.has(tld));
    add('random-label', random.slice(0, 2).join(', '), SIGNAL_STRENGTH['random-label'] + (layered ? RANDOM_LAYERED_BONUS : 0));
  }
  if (sub && FAKE_DOMAIN_IN_SUBDOMAIN.test(sub)) add('domain-in-subdomain', sub);
  if (subLabels.length >= 3) add('deep-subdomain', `${subLabels.length} levels`, subLabels.length >= 4 ? 0.3 : SIGNAL_STRENGTH['deep-subdomain']);
  const kw = HOST_KEYWORD.exec(`${sub}.${p.label}`);
  if (kw) add('host-keyword', kw[1]!);
  if (brands.length) {
    for (const l of subLabels.slice(0, 8)) {
      for (const part of l.split('-').slice(0, 6)) {
        if (part.length < 5) continue;
        const w = lookalikeWord(part, brands);
        if (w) {
          add('brand-like-label', part);
          break;
        }
      }
    }
  }
  return out;
}

/** A path word that is a brand name or imitates one ("/AMAZON/", "/microsoft_login_page"). */
function brandWordInPath(path: string, brands: readonly BrandPack[]): string | null {
  let n = 0;
  for (const seg of path.toLowerCase().split(/[/_.\-]+/)) {
    if (seg.length < 5 || seg.length > 40 || n++ > 12) continue;
    if (lookalikeWord(seg, brands)) return seg;
  }
  return null;
}

function total(signals: UrlSignal[]): number {
  return Math.min(1, Math.round(signals.reduce((a, s) => a + s.strength, 0) * 1000) / 1000);
}

/** Every trait of a URL (host, port, path, query). Never throws; unparsable input gives no signals. */
export function assessUrl(href: string, brands: readonly BrandPack[] = []): UrlAssessment {
  let u: URL;
  try {
    u = new URL(/^[a-z][a-z0-9+.-]*:/i.test(href) ? href : `http://${href}`);
  } catch {
    return { signals: [], total: 0 };
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return { signals: [], total: 0 };
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const signals = hostSignals(host, brands);
  if (u.port && u.port !== '80' && u.port !== '443') signals.push({ id: 'odd-port', strength: SIGNAL_STRENGTH['odd-port'], detail: u.port });
  const pathQuery = (u.pathname + u.search).slice(0, 512);
  const cp = CREDENTIAL_PATH.exec(pathQuery);
  if (cp) signals.push({ id: 'credential-path', strength: SIGNAL_STRENGTH['credential-path'], detail: cp[1]! });
  if (brands.length) {
    const word = brandWordInPath(u.pathname.slice(0, 256), brands);
    if (word) signals.push({ id: 'brand-in-path', strength: SIGNAL_STRENGTH['brand-in-path'], detail: word });
  }
  const kp = KIT_PATH.exec(u.pathname.slice(0, 512));
  if (kp) signals.push({ id: 'kit-path', strength: SIGNAL_STRENGTH['kit-path'], detail: kp[0] });
  return { signals, total: total(signals) };
}

/** Host-only assessment (checkDomain). */
export function assessHost(host: string, brands: readonly BrandPack[] = []): UrlAssessment {
  const signals = hostSignals(host, brands);
  return { signals, total: total(signals) };
}
