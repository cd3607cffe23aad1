// Products the engine knows by name that belong to no brand pack: gift cards sold at any till and
// the remote-access tools that tech-support scammers ask people to install. Brands with a pack keep
// their own gift-card words there (BrandPack.giftCardWords); these are the rest. Pure data.

/**
 * Gift cards of companies without a brand pack, as they are written before "gift card" in a
 * message. Lower case; a space stands for one space. The matched word is the gift card's value.
 */
export const OTHER_GIFT_CARD_WORDS: readonly string[] = [
  'steam',
  'target',
  'ebay',
  'vanilla',
  'visa',
  'razer gold',
  'sephora',
  'playstation',
  'psn',
  'paysafe',
  'paysafecard',
  'nordstrom',
];

/**
 * Remote-access tools scammers ask people to install: id → regular-expression source (no flags,
 * no word bounds). Every top-level alternative starts with two literal letters (lexical.test.ts
 * checks them against the extractor's candidate pattern).
 */
export const REMOTE_TOOLS: Readonly<Record<string, string>> = {
  anydesk: 'any\\s?desk',
  teamviewer: 'team\\s?viewer',
  ultraviewer: 'ultra\\s?viewer',
  screenconnect: 'screen\\s?connect|connectwise(?:\\s?control)?',
  logmein: 'log\\s?me\\s?in(?:\\s?rescue)?|gotoassist|goto\\s?resolve',
  'quick-assist': 'quick\\s?assist',
  rustdesk: 'rust\\s?desk',
  'zoho-assist': 'zoho\\s?assist',
  splashtop: 'splashtop',
  supremo: 'supremo(?:\\s?remote)?',
  'chrome-remote-desktop': 'chrome\\s?remote\\s?desktop',
  ammyy: 'ammyy(?:\\s?admin)?',
  remotepc: 'remote\\s?pc',
  hoptodesk: 'hop\\s?to\\s?desk',
  'remote-utilities': 'remote\\s?utilities',
  aweray: 'awesun|aweray',
  'screen-share': 'screen[-\\s]?shar(?:e|ing)|share (?:your|the) screen|bildschirm(?:freigabe| teilen)|compartir (?:la |tu )?pantalla',
  'remote-desktop': 'remote\\s?(?:desktop|access|support|control)(?:\\s?(?:app|tool|software|session))?|fernwartung|fernzugriff|acceso remoto|control remoto',
};
