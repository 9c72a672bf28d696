/** Verbs that introduce what someone said. */
export const CUE_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'stated', 'states', 'explained',
  'explains', 'wrote', 'writes', 'asked', 'asks', 'declared', 'declares', 'emphasized', 'emphasised', 'emphasizes',
  'stressed', 'stresses', 'argued', 'argues', 'insisted', 'insists', 'continued', 'continues', 'warned', 'warns',
  'tweeted', 'tweets', 'recalled', 'recalls', 'remarked', 'replied', 'replies', 'responded', 'acknowledged',
  'admitted', 'announced', 'announces', 'claimed', 'claims', 'commented', 'concluded', 'confirmed', 'joked',
  'observed', 'pointed out', 'predicted', 'promised', 'shouted', 'suggested', 'suggests', 'testified', 'urged',
  'vowed', 'wondered', 'posted', 'opined', 'quipped', 'cautioned', 'exclaimed', 'conceded', 'boasted', 'complained',
  'demanded', 'mused', 'thundered', 'reiterated', 'charged', 'countered', 'contended', 'maintained', 'proclaimed',
  'assured', 'lamented', 'blasted', 'fired back', 'went on', 'concludes', 'barked', 'shot back', 'snapped',
  'points out', 'quips', 'recounts', 'recounted', 'muses', 'jokes', 'asserts', 'asserted', 'reported', 'reports',
  'agreed', 'agrees', 'insists', 'predicts', 'cautions', 'acknowledges', 'admits', 'offered', 'sang', 'sings',
  'chanted', 'yelled', 'screamed', 'whispered', 'pleaded', 'begged', 'wrote in', 'observes', 'counters', 'stresses',
  'underscored', 'hinted', 'writing', 'saying', 'telling', 'adding', 'noting', 'asking', 'declaring', 'stating',
  'explaining', 'arguing', 'warning', 'insisting', 'tweeting',
  'reacted', 'reacts', 'retorted', 'fumed', 'griped', 'elaborated', 'interjected', 'scoffed',
];

/** Matches one cue verb as a whole word. */
export const CUE = `(?:${CUE_VERBS.map((v) => v.replace(' ', '\\s+')).join('|')})`;

/** Subject pronouns that may stand for the speaker. */
export const PRONOUNS = /(?:^|[^\p{L}])(he|she|they|i|we|it)\s*$/iu;
