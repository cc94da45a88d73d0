// Pages for the DOM tests: each one a same-origin <iframe> of the test page, written with
// document.write (so it is parsed as the browser parses a page, with layout and a window of its
// own). Remove them after each test with `removePages`.

const frames: HTMLIFrameElement[] = [];

export interface PageOptions {
  title?: string;
  lang?: string;
  head?: string;
}

/** A live page with the given body (and optional head, title, language). */
export function makePage(body: string, options: PageOptions = {}): Document {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:800px;height:600px;border:0;display:block';
  document.body.append(frame);
  frames.push(frame);
  const doc = frame.contentDocument;
  if (!doc) throw new Error('no iframe document');
  const lang = options.lang === undefined ? ' lang="id"' : options.lang ? ` lang="${options.lang}"` : '';
  const title = options.title === undefined ? 'Test page' : options.title;
  doc.open();
  doc.write(
    `<!doctype html><html${lang}><head><meta charset="utf-8"><title>${title}</title>${options.head ?? ''}</head><body>${body}</body></html>`,
  );
  doc.close();
  return doc;
}

export function removePages(): void {
  for (const frame of frames.splice(0)) frame.remove();
}

export function windowOf(doc: Document): Window {
  const win = doc.defaultView;
  if (!win) throw new Error('the document has no window');
  return win;
}

/** The element matching `selector` (throws when there is none). */
export function $(root: ParentNode, selector: string): Element {
  const el = root.querySelector(selector);
  if (!el) throw new Error(`nothing matches ${selector}`);
  return el;
}

/** The text nodes under `root` that hold more than whitespace, in document order. */
export function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n as Text);
  return out;
}

/** The text node whose data is exactly `data` (throws when there is none). */
export function textNode(root: Node, data: string): Text {
  const found = textNodes(root).find((t) => t.data === data);
  if (!found) throw new Error(`no text node ${JSON.stringify(data)}`);
  return found;
}

const SENTENCES = [
  'Pemerintah provinsi mengumumkan rencana pembangunan jalur kereta baru yang akan menghubungkan kota pelabuhan dengan kawasan industri di selatan.',
  'Menurut kepala dinas perhubungan, proyek itu diharapkan mengurangi kemacetan di jalan raya utama dan mempercepat pengiriman barang ke pelabuhan.',
  'Warga yang tinggal di sepanjang rencana jalur menyambut baik kabar tersebut, meskipun sebagian khawatir soal ganti rugi lahan yang belum jelas.',
  'Anggaran proyek diperkirakan mencapai beberapa triliun rupiah dan sebagian besar akan dibiayai melalui kerja sama dengan badan usaha milik negara.',
  'Para pengamat menilai rencana itu masuk akal, asalkan studi kelayakan dan analisis dampak lingkungan dikerjakan dengan terbuka dan tidak terburu-buru.',
  'Pembangunan tahap pertama dijadwalkan mulai tahun depan, setelah proses pengadaan lahan dan perizinan selesai di tiga kabupaten yang dilalui jalur.',
];

/** A paragraph's worth of distinct prose (about 300 characters), numbered so that each is unique. */
export function prose(i: number): string {
  const a = SENTENCES[i % SENTENCES.length] as string;
  const b = SENTENCES[(i + 1) % SENTENCES.length] as string;
  return `(${i}) ${a} ${b}`;
}
