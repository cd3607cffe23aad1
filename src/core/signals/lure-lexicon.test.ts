import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as L from './lure-lexicon.js';
import { planOf } from './scan-plan.js';

// The lure lexicons carry no trigger stems: each must get a word-start scan plan, so that the scan
// is cheap and no gate can hide a match. And each must match the phrases it was written for, in
// every language it lists.

const lexicons = Object.entries(L).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

const SAMPLES: Record<string, string[]> = {
  MISTAKEN_NAME: ['Hi, is this Vince?', "Is this Vince's number, please?", 'Are you Annie?', 'Bist du Anna?'],
  MISTAKEN_CONTACT: ['Sorry, wrong number', 'I dialed the wrong number', 'are you who played golf together last time', 'número equivocado', 'mauvais numéro'],
  RECONNECT: ['long time no see', "it's been a long time since", 'do you still remember me'],
  ENDEARMENT: ['Hey babe', 'Hi honey', 'baby, here are the pics'],
  SELF_INTRO: ["I'm Lisa", 'this is Mary', 'Hi, Katie here', 'me llamo Ana'],
  ADDRESS_NAME: ['How are you doing Alisa?'],
  CONTACT_ME: ['text me', 'msg me', "let's chat", 'check out my profile', 'add me on WhatsApp'],
  DATING_BAIT: ['x-photos', 'my best videos in my personal site', 'wanna see?', 'check me out', 'lonely housewives', 'meet local singles', 'an intimate invite', 'check out my latest snaps', 'wanna see my favorite', 'are you still single', 'my friend is single', 'be my text buddy', 'we live really close, maybe meet up'],
  TASK_WORK: ['rate hotels', 'product boosting', 'app optimization', 'complete 40 tasks', 'paid to rate', 'calificar productos'],
  JOB_PITCH: ['work part-time from home', "won't disturb your current job", 'part-time job', 'work from home', 'flexible hours', 'we are hiring', 'mystery shopper', 'trabajo desde casa', 'lavoro da casa'],
  PAY_RATE: ['per day', 'daily salary', 'al día', 'par jour', 'pro Tag'],
  DEPOSIT_TO_WORK: ['recharge your account', 'deposit USDT', 'unlock the next level', 'negative balance', 'withdraw your earnings'],
  RECRUITER_INTRO: ["I'm Emma from the Amazon recruiting team", 'my name is John Smith with Acme HR team'],
  CHAT_APP: ['send sms to James +1 (509) 555-0142', 'contact us on WhatsApp', 'Telegram: +44 7700', 'WhatsApp number'],
  TOLL_SERVICE: ['E-ZPass', 'EZPass', 'SunPass', 'FasTrak', 'toll services', 'unpaid tolls', 'peaje', 'Mautgebühr'],
  UNPAID_BALANCE: ['unpaid balance', 'outstanding amount', 'amount due', 'saldo pendiente', 'montant impayé'],
  TOLL_PENALTY: ['late fee', 'avoid a fine', 'registration suspension', 'multa'],
  FAMILY_GREETING: ['Hi Mum', 'Hello Dad', 'Hallo Mama', 'Hola mamá', 'Coucou maman', 'Oi mãe', 'Ciao mamma'],
  PHONE_CHANGE: ['this is my new number', 'I dropped my phone', 'my phone is broken', 'delete the old number', 'meine neue Nummer', 'mi nuevo número', 'il mio nuovo numero'],
  NEW_NUMBER_ASK: ['message me on WhatsApp', 'can you text me', 'schreib mir auf WhatsApp', 'scrivimi su WhatsApp'],
  WALLET_BRAND: ['Coinbase', 'Binance', 'MetaMask', 'Trust Wallet', 'Ledger Live', 'crypto wallet'],
  WALLET_ALERT: ['withdrawal request', 'wallet will be disabled', 'sync your wallet', 'validate your wallet', 'wallet verification'],
  RECOVERY_PHRASE: ['seed phrase', 'secret recovery phrase', '12-word', 'private key', 'frase semilla', 'phrase de récupération'],
  TAX_AGENCY: ['IRS', 'I.R.S', 'HMRC', 'HM Revenue & Customs', 'Canada Revenue Agency', 'Finanzamt', 'Agenzia delle Entrate'],
  MIRACLE_HEALTH: ['shed 39 lbs', 'shed of 39 - lbs', 'fit into the clothes', 'the natural path to deeper sleep', 'drop thirty pounds', 'keto pill', 'excess weight', 'length and girth', 'take 1 before bed', 'remove wrinkles'],
  CHEAP_RENT: ['3bedr00m / 2bath only $364 a month', '530-month for a 3bed', 'house just listed'],
  EASY_MONEY: ['Get Paid! Only takes 2 minutes', 'earn 500 bucks every week', 'Car or Truck with our sticker for an advert and Earn', 'use one of your picture to be the face of my artwork', 'art project and you will be getting paid'],
  CELEBRITY_BAIT: ['Oprah', "Oprah's", 'Shark-Tank', 'Dr Oz'],
  SHOCK_BAIT: ['look who died', 'Look who just passed away', 'is this you in this video', 'you are in this photo', 'I found a video of you'],
  TAX_REFUND: ['tax refund', 'tax rebate', 'TAX_REFUND', 'TAX_RE-FUND', 'eligible for a refund', 'claim your refund', 'Steuererstattung', 'remboursement d’impôt'],
  CLAIM_ASK: ['confirm your information', 'fill out the form', 'claim your refund now', 'click the link'],
};

test('every lure lexicon has samples, and every sample matches', () => {
  for (const [name, re] of lexicons) {
    const samples = SAMPLES[name];
    assert.ok(samples?.length, `${name} has no samples`);
    for (const s of samples) assert.ok(new RegExp(re.source, 'iu').test(s), `${name} misses: ${s}`);
  }
});

test('every lure lexicon gets a word-start scan plan', () => {
  for (const [name, re] of lexicons) assert.ok(planOf(re), `${name} has no scan plan`);
});

test('linear time on long hostile input', () => {
  const hostile = ['is this '.repeat(4000), 'a'.repeat(50_000), 'toll '.repeat(5000) + '?', `${'wallet '.repeat(3000)}will`];
  for (const [name, re] of lexicons) {
    const t0 = Date.now();
    for (const h of hostile) {
      re.lastIndex = 0;
      re.test(h);
    }
    assert.ok(Date.now() - t0 < 500, `${name} is slow on long input`);
  }
});
