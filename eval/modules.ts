// The eval modules of `npm run eval`, each turned into table rows (tune and check parts, strict beside lenient).
import { CONLL_PUBLISHED, conllSet, f1 as conllF1, pipelinePredictor, scoreConll, type ConllScores } from './conll.js';
import { evalMeantimeDates, evalMeantimeEntities } from './meantime.js';
import { evalPolnearParts, QUICK_SHARE, type ArticleCounts } from './polnear.js';
import { share, type EvalRow } from './rows.js';
import { evalTempeval, f1 as timexF1, TE3_PUBLISHED, TIMEX_TYPES } from './tempeval.js';

/**
 * MEANTIME dates (value exact at the gold's offsets; lenient: exact value on an overlapping mention,
 * TempEval-3's rule) and entities (same words, sentence, type).
 */
export function meantimeRows(): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const d of evalMeantimeDates()) {
    rows.push({
      set: 'MEANTIME dates',
      part: d.part,
      measure: 'value resolved',
      strict: share(d.valueRight, d.gold),
      lenient: share(d.lenientValueRight, d.gold),
      count: d.gold,
      strictByArticle: [...d.valueRightByArticle.values()],
      lenientByArticle: [...d.lenientValueRightByArticle.values()],
    });
  }
  for (const e of evalMeantimeEntities()) {
    const set = `MEANTIME ${e.type}`;
    rows.push({
      set,
      part: e.part,
      measure: 'recall',
      strict: share(e.found, e.gold),
      lenient: share(e.recovered, e.entities),
      count: e.gold,
    });
    rows.push({
      set,
      part: e.part,
      measure: 'precision',
      strict: share(e.correct, e.predicted),
      lenient: share(e.distinctRight, e.distinct),
      count: e.predicted,
    });
  }
  return rows.sort((a, b) => a.set.localeCompare(b.set) || a.measure.localeCompare(b.measure));
}

const TE3_ANCHOR = TE3_PUBLISHED.map((p) => `${p.system} ${p.relaxed} / ${p.value}`).join(', ');

/** TempEval-3 TBAQ: extents (strict: same offsets; lenient: relaxed overlap) and values, per type. */
export function tempevalRows(): EvalRow[] {
  const scores = evalTempeval();
  const rows: EvalRow[] = [];
  for (const type of ['all', ...TIMEX_TYPES] as const) {
    for (const part of ['tune', 'check'] as const) {
      const x = scores[part][type];
      const set = `TempEval-3 ${type === 'all' ? 'all types' : type}`;
      const extent: EvalRow = {
        set,
        part,
        measure: 'extent F1',
        strict: timexF1(x.strict, x.predicted, x.gold),
        lenient: timexF1(x.relaxed, x.predicted, x.gold),
        count: x.gold,
      };
      const value: EvalRow = {
        set,
        part,
        measure: 'value F1',
        strict: timexF1(x.valueExact, x.predicted, x.gold),
        lenient: timexF1(x.value, x.predicted, x.gold),
        count: x.gold,
      };
      if (type === 'all') {
        extent.anchor = `relaxed / value F1: ${TE3_ANCHOR} (platinum test)`;
      }
      rows.push(extent, value);
    }
  }
  return rows;
}

function conllSetRows(s: ConllScores, part: 'tune' | 'check'): EvalRow[] {
  return s.byType.map((t) => {
    const row: EvalRow = {
      set: `CoNLL-2003 ${s.set}`,
      part,
      measure: t.type === 'all' ? 'PER/ORG/LOC micro F1' : `${t.type} F1`,
      strict: 100 * conllF1(t).f1,
      lenient: null,
      count: t.gold,
    };
    if (t.type === 'all') row.anchor = CONLL_PUBLISHED.replace(/^published /, '');
    return row;
  });
}

/** CoNLL-2003: exact spans and types; testa is the check part, train articles the model never saw the tune one. */
export function conllRows(quick: boolean): EvalRow[] {
  const rows: EvalRow[] = [];
  for (const [set, part] of [
    ['train-heldout', 'tune'],
    ['testa', 'check'],
  ] as const) {
    const docs = conllSet(set);
    rows.push(...conllSetRows(scoreConll(set, quick ? docs.slice(0, 60) : docs, pipelinePredictor), part));
  }
  return rows;
}

/** PolNeAR named-speaker quotes: strict (exact span, full name) beside lenient (overlap, surname). */
export function polnearRows(quick: boolean): EvalRow[] {
  const report = evalPolnearParts({ share: quick ? QUICK_SHARE : 1 });
  const rows: EvalRow[] = [];
  for (const part of ['tune', 'check'] as const) {
    const p = report.parts[part];
    const set = 'PolNeAR named-speaker quotes';
    rows.push({
      set,
      part,
      measure: 'found',
      strict: share(p.foundStrict, p.gold),
      lenient: share(p.foundLenient, p.gold),
      count: p.gold,
      ...perArticle(p.byArticle, 'foundStrict', 'foundLenient'),
    });
    rows.push({
      set,
      part,
      measure: 'speaker right',
      strict: share(p.speakerStrict, p.gold),
      lenient: share(p.speakerLenient, p.gold),
      count: p.gold,
      ...perArticle(p.byArticle, 'speakerStrict', 'speakerLenient'),
    });
  }
  return rows;
}

/** A PolNeAR figure's strict and lenient counts as article tallies. */
function perArticle(
  articles: ArticleCounts[],
  strict: keyof ArticleCounts,
  lenient: keyof ArticleCounts,
): Pick<EvalRow, 'strictByArticle' | 'lenientByArticle'> {
  return {
    strictByArticle: articles.map((a) => ({ score: a[strict], count: a.gold })),
    lenientByArticle: articles.map((a) => ({ score: a[lenient], count: a.gold })),
  };
}
