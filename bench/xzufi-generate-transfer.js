/**
 * Writes a realistic XZuFi 2.2.0 transfer message for the streaming benchmark: `count` Leistungen
 * (each a variation of the complete fictitious Leistung in fixtures/xzufi/v2_2/leistung-lovd.xml, with
 * its own id, LeiKa key and a varying number of HTML paragraphs in three languages), plus one
 * Organisationseinheit, one Zuständigkeit per Leistung every tenth Leistung, and a `loesche` entry for
 * every fiftieth. Content is fictitious. Deterministic (fixed seed).
 *
 *   node bench/xzufi-generate-transfer.js OUT.xml [COUNT=20000]
 */
import { createWriteStream, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const fixture = readFileSync(path.join(here, '../fixtures/xzufi/v2_2/leistung-lovd.xml'), 'utf8');
const open = fixture.indexOf('>', fixture.indexOf('<xzufi:leistung ')) + 1;
const inner = fixture.slice(open, fixture.lastIndexOf('</xzufi:leistung>'));

const [out, countArg] = process.argv.slice(2);
if (out === undefined) {
  console.error('usage: node generate-transfer.js OUT.xml [COUNT]');
  process.exit(2);
}
const count = Number(countArg ?? 20000);

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const words = [
  'Antrag',
  'Bescheid',
  'Gebühr',
  'Nachweis',
  'Frist',
  'Behörde',
  'Unterlagen',
  'online',
  'persönlich',
  'Voraussetzung',
  'Erlaubnis',
  'Musterstadt',
  'Ordnungsamt',
  'Widerspruch',
  'Zuständigkeit',
  'Hinweis',
];
const sentence = () => {
  const n = 6 + Math.floor(random() * 12);
  const w = [];
  for (let i = 0; i < n; i++) w.push(words[Math.floor(random() * words.length)]);
  return `${w.join(' ')}.`;
};
const paragraphs = (lang) => {
  const n = 1 + Math.floor(random() * 6);
  let s = '';
  for (let i = 0; i < n; i++)
    s += `&lt;p&gt;${lang === 'de' ? '' : `[${lang}] `}${sentence()} ${sentence()}&lt;/p&gt;`;
  return s;
};

const stream = createWriteStream(out);
const write = (s) => (stream.write(s) ? Promise.resolve() : new Promise((r) => stream.once('drain', r)));

await write(
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<xzufi:transfer.operation xmlns:xzufi="http://xoev.de/schemata/xzufi/2_2_0" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" produktbezeichnung="fimkit-bench" ' +
    'produkthersteller="fimkit (fiktiv)" xzufiVersion="2.2.0">\n' +
    '  <xzufi:nachrichtenkopf><xzufi:nachrichtUUID>00000000-0000-4000-8000-000000000000</xzufi:nachrichtUUID></xzufi:nachrichtenkopf>\n' +
    '  <xzufi:schreibe><xzufi:organisationseinheit><xzufi:id schemeAgencyID="S100099">OE-1</xzufi:id>' +
    '<xzufi:name><xzufi:name languageCode="de">Bürgerbüro Musterstadt</xzufi:name></xzufi:name></xzufi:organisationseinheit></xzufi:schreibe>\n',
);
for (let i = 0; i < count; i++) {
  const id = String(100000 + i);
  const key = `99${String(100 + (i % 500)).padStart(3, '0')}${String(i % 1000).padStart(3, '0')}261001`;
  const body = inner
    .replaceAll('4711', id)
    .replaceAll('99108012261001', key)
    .replace(
      /(<xzufi:inhalt languageCode="(de|tr)">)&lt;p&gt;[^<]*?&lt;\/p&gt;/g,
      (_m, open, lang) => open + paragraphs(lang),
    );
  await write(`  <xzufi:schreibe><xzufi:leistung>${body}</xzufi:leistung></xzufi:schreibe>\n`);
  if (i % 10 === 0) {
    await write(
      `  <xzufi:schreibe><xzufi:zustaendigkeitTransferObjekt><xzufi:uebergeordnetesObjektID schemeAgencyID="S100099">OE-1</xzufi:uebergeordnetesObjektID>` +
        `<xzufi:zustaendigkeit><xzufi:id schemeID="ZustaendigkeitOrganisationseinheit">Z-${id}</xzufi:id><xzufi:leistungID schemeAgencyID="L100099">${id}</xzufi:leistungID>` +
        `<xzufi:gebietID>999990000000</xzufi:gebietID></xzufi:zustaendigkeit></xzufi:zustaendigkeitTransferObjekt></xzufi:schreibe>\n`,
    );
  }
  if (i % 50 === 0) {
    await write(
      `  <xzufi:loesche klasse="Leistung"><xzufi:id schemeAgencyID="L100099">alt-${id}</xzufi:id></xzufi:loesche>\n`,
    );
  }
}
await write('</xzufi:transfer.operation>\n');
stream.end();
