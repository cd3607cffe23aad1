// Shared platforms: registrable domains under which anyone gets a name of their own in seconds
// (dynamic DNS, free and instant hosting). The name the user chose is a subdomain there, so the
// registrable domain says nothing about who runs the site. Used by the URL traits
// (url-heuristics.ts) and the lookalike check (lookalike.ts). Pure data, browser-safe.

// Free dynamic-DNS and tunnelling services: a public name for any machine in seconds, with no
// identity behind it (No-IP, DuckDNS, Dynu, FreeDNS/afraid.org shared domains, ngrok, Cloudflare
// quick tunnels, localtunnel, serveo). Companies do not send customers to them.
export const DYNAMIC_DNS = new Set(
  (
    'duckdns.org ddns.net no-ip.org no-ip.biz no-ip.info noip.me hopto.org zapto.org sytes.net serveftp.com servehttp.com ' +
    'myftp.org myftp.biz redirectme.net bounceme.net webhop.me ddnsking.com gotdns.ch 3utilities.com kozow.com ooguy.com ' +
    'dynu.net freeddns.org mywire.org dynv6.net dyndns.org dynalias.com mooo.com chickenkiller.com crabdance.com ' +
    'strangled.net ignorelist.com twilightparadox.com jumpingcrab.com ngrok.io ngrok.app ngrok-free.app ngrok-free.dev ' +
    'trycloudflare.com loca.lt localtunnel.me serveo.net serveousercontent.com pagekite.me portmap.io portmap.host ' +
    'serveusers.com serveirc.com servegame.com servebeer.com servemp3.com servepics.com servequake.com serveblog.net ' +
    'myvnc.com onthewifi.com ddns.me'
  ).split(/\s+/),
);

// Free or instant hosting where anyone publishes a page under the platform's name: serverless and
// static hosts, site builders, free web hosts, IPFS gateways. Honest projects live there too
// (hence a medium strength), but brands do not host their sign-in pages on them.
export const FREE_HOSTING = new Set(
  (
    'workers.dev pages.dev r2.dev web.app firebaseapp.com vercel.app netlify.app herokuapp.com glitch.me onrender.com ' +
    'github.io gitlab.io gitbook.io repl.co replit.app replit.dev surge.sh fly.dev amplifyapp.com appspot.com ' +
    'weeblysite.com weebly.com wixsite.com wixstudio.io square.site webflow.io godaddysites.com 000webhostapp.com ' +
    'jimdosite.com jimdofree.com mystrikingly.com strikingly.com yolasite.com carrd.co framer.app framer.website ' +
    'notion.site tiiny.site site123.me webcindario.com atwebpages.com epizy.com rf.gd infinityfreeapp.com ' +
    'hostingersite.com mybluehost.me ucoz.net ukit.me ipfs.io dweb.link w3s.link cf-ipfs.com nftstorage.link ' +
    'fleek.co on-fleek.app 4everland.app azurestaticapps.net blogspot.com wordpress.com tumblr.com wcomhost.com ' +
    'translate.goog firebasestorage.app backendless.app sharepoint-online.com ubpages.com lpages.co pantheonsite.io ' +
    'codeanyapp.com cprapid.com'
  ).split(/\s+/),
);

/**
 * A registrable domain under which anyone gets a name of their own (dynamic DNS, free hosting): the
 * name the user chose is a subdomain, so the registrable domain says nothing about the site.
 */
export function isSharedPlatform(registrable: string): boolean {
  return DYNAMIC_DNS.has(registrable) || FREE_HOSTING.has(registrable);
}
