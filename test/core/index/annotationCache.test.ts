import { describe, expect, it } from 'vitest';
import { annotate } from '../../../src/core/extract/annotate.js';
import type { Annotator } from '../../../src/core/index/annotationCache.js';
import { NewsIndex } from '../../../src/core/index/newsIndex.js';
import { loadReports } from '../../../src/core/load/loadReports.js';
import { SEEDS, foundingReport, report } from '../../helpers/fixtures.js';

/** The real extractors, with a record of every text they were given. */
function recordingAnnotator(): { annotator: Annotator; texts: string[] } {
  const texts: string[] = [];
  return {
    texts,
    annotator: (input) => {
      texts.push(input.text);
      return annotate(input);
    },
  };
}

describe('AnnotationCache (through NewsIndex)', () => {
  it('annotates with the annotator it is given, once per report', async () => {
    const founding = await foundingReport();
    const { annotator, texts } = recordingAnnotator();
    const index = NewsIndex.fromReports([founding, report('other', 'The Wobbleton dam opened.')], annotator);
    expect(texts).toEqual([]);
    const first = index.annotations(founding.id);
    expect(first.entities.map((e) => e.text)).toContain('Zakir Hasanov');
    index.annotations(founding.id);
    expect(texts).toEqual([founding.text]);
    expect(index.annotatedCount).toBe(1);
    expect(index.knownNames('entity', 'Hasanov', 5)).toEqual(['Zakir Hasanov']);
  });

  it('stores annotations only for reports it knows, and forgets them with their report', async () => {
    const founding = await foundingReport();
    const index = NewsIndex.fromReports([founding], annotate);
    index.setAnnotations('missing', annotate({ text: 'Laura Cooper spoke.', date: null }));
    expect(index.annotatedCount).toBe(0);
    index.annotations(founding.id);
    expect(index.knownNames('speaker', 'Cooper', 5)).toEqual(['Laura Cooper']);
    index.removeReport(founding.id);
    expect(index.annotatedCount).toBe(0);
    expect(index.knownNames('speaker', 'Cooper', 5)).toEqual([]);
    expect(() => index.annotations(founding.id)).toThrow(/unknown report id/);
  });

  it('gives a question on a cold index no more than its budget of text to annotate', async () => {
    const { reports } = await loadReports(SEEDS);
    const { annotator, texts } = recordingAnnotator();
    const index = NewsIndex.fromReports(reports, annotator, { coldAnnotationChars: 2000 });
    const hits = index.search('Azerbaijan cooperation', { limit: 40 });
    index.annotationsFor(hits);
    const spent = texts.reduce((sum, text) => sum + text.length, 0);
    expect(texts.length).toBeGreaterThan(0);
    // the last text annotated may start inside the budget and run past it
    expect(spent - texts.at(-1)!.length).toBeLessThan(2000);
  });

  it('makes again annotations that were stored damaged', async () => {
    const founding = await foundingReport();
    const { annotator, texts } = recordingAnnotator();
    const index = NewsIndex.fromReports([founding], annotator);
    index.annotationCache.set(founding.id, '{"entities": [');
    expect(index.cachedAnnotations(founding.id)).toBeNull();
    index.annotationCache.set(founding.id, '{"entities": []}');
    expect(index.cachedAnnotations(founding.id)).toBeNull();
    expect(index.annotations(founding.id).entities.length).toBeGreaterThan(0);
    expect(texts).toHaveLength(1);
  });
});
