import { syntheticLibrary } from './bench-search';
import { FileTexts } from './bench-texts';
import { SearchIndex } from '../search/index';
const size = Number(process.argv[2] ?? 5000);
const lib = syntheticLibrary(size);
const texts = new FileTexts();
const index = new SearchIndex();
index.setTextSource(texts, 96e6);
for (const { id, report } of lib) { index.add(id, report); texts.write(index.exportText(id)!); index.stored([id]); }
const { docs, segments } = index.export();
for (const q of ['民主监督', '协商', '提案办理', '群众', '社情民意', '政协委员', '2022', '分类处理', '聯繫', '"履职尽责"']) {
  const cold = new SearchIndex();
  cold.setTextSource(texts, 96e6);
  cold.load(docs, segments);
  const r0 = texts.readCount;
  const t = performance.now();
  const r = await cold.queryAsync(q, { maxReports: 20 });
  console.log(q, 'reports', r.reportCount, 'texts read', texts.readCount - r0, Math.round(performance.now() - t), 'ms');
}
texts.close();
