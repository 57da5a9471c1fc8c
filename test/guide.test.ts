// The fr-CA strings are the guide's own sentences: a word changed in
// locales/fr-CA.xlf, or a sentence of the guide no screen says, fails here.
import {expect} from '@open-wc/testing';

/** The guide as the project keeps it, and the copy in ../shared it was taken from (when that is beside the clone). */
const GUIDE = '/test/fixtures/guide.fr-CA.md';
const SHARED_GUIDE = '/__shared__/seed/000_576b3382eed163ad.txt';

/** The contract's four corrections of the guide's obvious errors. */
const CORRECTIONS: Array<[RegExp, string]> = [
  [/sur le amazon business carreau/g, 'sur le carreau amazon business'],
  [/adresse email/g, 'adresse courriel'],
  [/Adresse électronique/g, 'Adresse courriel'],
  [/Service clientèle/g, 'Service à la clientèle'],
  // The typos the contract names as examples of what to fix.
  [/Veillez/g, 'Veuillez'],
  [/depuis le compte compte non-officiel,/g, 'depuis le compte non officiel'],
  // Not a correction: the guide's last support line names amazon.com's page with the Canadian
  // phone. The sentence is the same; the widget fills in one marketplace's values (amazon.ca here).
  [/https:\/\/www\.amazon\.com\/gp\/help\/contact-us/g, 'https://www.amazon.ca/gp/help/contact-us'],
];

/** What the guide's screenshots show in place of each message value. */
const SAMPLES: Record<string, string> = {
  accountName: 'AB Demo Account',
  organizationName: 'Exemple',
  inviterEmail: 'Administrator@email.ca',
  email: 'user4@abdemoaccount.com',
  'support.domain': 'amazon.ca',
  'support.url': 'https://www.amazon.ca/gp/help/contact-us',
  'support.phone': '1-855-301-0911',
};

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every fr-CA target of the XLIFF file, its placeholders filled with the guide's sample values. */
async function frenchStrings(): Promise<string[]> {
  const xml = new DOMParser().parseFromString(await (await fetch('/locales/fr-CA.xlf')).text(), 'application/xml');
  expect(xml.querySelector('parsererror'), 'locales/fr-CA.xlf is not XML').to.equal(null);
  return [...xml.getElementsByTagName('target')].map((target) =>
    squash(
      [...target.childNodes]
        .map((node) => {
          if (node.nodeType === Node.TEXT_NODE) return node.textContent;
          const equiv = (node as Element).getAttribute('equiv-text') ?? '';
          // A link's start or end tag stands for nothing of its own; a value, for its sample.
          if (/^<\/?a\b[^>]*>$/.test(equiv)) return '';
          const name = [...equiv.matchAll(/\$\{(?:isolate\()?([\w.]+)\)?\}/g)].pop()?.[1] ?? '';
          // A value the guide never shows (a count, a wait) stays a placeholder.
          return SAMPLES[name] ?? `{${name}}`;
        })
        .join('')
    )
  );
}

/** The guide's sentences: markdown, list marks and headings off, the corrections applied, one sentence each. */
function guideSentences(markdown: string): string[] {
  const lines = markdown
    .split('\n')
    .filter((line) => !/^\s*#/.test(line)) // the guide's own title and scenario headings
    .map((line) =>
      line
        .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // [text](url)
        .replace(/<(https?:[^>]+)>/g, '$1') // <url>
        .replace(/\*\*|`/g, '')
        .replace(/^\s*-\s+/, '')
    );
  let text = lines.join('\n');
  for (const [wrong, right] of CORRECTIONS) text = text.replace(wrong, right);
  const sentences = text
    .split(/\n\s*\n|\n(?=\S)|(?<=[.!?])\s+(?=[A-ZÀ-Ý])/)
    .map(squash)
    .filter(Boolean)
    .filter((sentence) => sentence !== 'Acheteur@email.com'); // an example typed into a field in the screenshot
  return [...new Set(sentences)];
}

/** True when `sentence` is inside one string, or is several whole strings side by side (a row of buttons). */
function covered(sentence: string, strings: string[]): boolean {
  if (strings.some((s) => s.includes(sentence))) return true;
  const whole = new Set(strings);
  const words = sentence.split(' ');
  const ok: boolean[] = [true];
  for (let end = 1; end <= words.length; end++) {
    ok[end] = false;
    for (let start = 0; start < end && !ok[end]; start++) {
      ok[end] = ok[start] && whole.has(words.slice(start, end).join(' '));
    }
  }
  return ok[words.length];
}

describe('the guide, word for word', () => {
  it('every sentence of the guide (with the contract corrections) is among the fr-CA strings', async () => {
    const strings = await frenchStrings();
    expect(strings.length).to.be.greaterThan(70);
    const sentences = guideSentences(await (await fetch(GUIDE)).text());
    expect(sentences.length, 'the guide was read').to.be.greaterThan(40);
    const missing = sentences.filter((sentence) => !covered(sentence, strings));
    expect(missing, 'guide sentences no fr-CA string says').to.deep.equal([]);
  });

  it('catches drift: one word changed in a string is a missing sentence', async () => {
    const strings = (await frenchStrings()).map((s) =>
      s.replace("par l'administrateur de votre", 'par le gestionnaire de votre')
    );
    const sentences = guideSentences(await (await fetch(GUIDE)).text());
    const missing = sentences.filter((sentence) => !covered(sentence, strings));
    expect(missing).to.deep.equal([
      "L'historique de vos commandes sera migré et sera visible par l'administrateur de votre compte professionnel.",
    ]);
  });

  it("is the project's copy of the guide in ../shared, unchanged (skipped, and listed as skipped, in a clone without ../shared)", async function () {
    const shared = await fetch(SHARED_GUIDE);
    if (shared.status === 404) {
      // A clone without ../shared beside it: the copy in test/fixtures is all there is.
      this.skip();
    }
    expect(await shared.text()).to.equal(await (await fetch(GUIDE)).text());
  });
});
