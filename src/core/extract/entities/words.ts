/** Word lists the entity patterns share. Lower case. */

/** Courtesy titles dropped from names. */
export const COURTESY = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'messrs', 'mme', 'm']);

/** Words that make a phrase a role or title ("Minister of Defense", "defence analyst"). */
export const ROLE_HEADS = new Set([
  'minister', 'secretary', 'president', 'vice', 'premier', 'chancellor', 'governor', 'senator', 'sen', 'representative',
  'rep', 'congressman', 'congresswoman', 'mayor', 'ambassador', 'envoy', 'consul', 'diplomat', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'chief', 'ceo', 'cfo', 'coo', 'cto', 'director',
  'head', 'leader', 'manager', 'officer', 'official', 'commander', 'general', 'gen', 'colonel', 'col', 'lieutenant', 'lt',
  'major', 'maj', 'captain', 'capt', 'admiral', 'adm', 'sergeant', 'sgt', 'marshal', 'analyst', 'economist',
  'strategist', 'adviser', 'advisor', 'counsel', 'attorney', 'lawyer', 'judge', 'justice', 'prosecutor', 'professor',
  'prof', 'researcher', 'scientist', 'editor', 'correspondent', 'reporter', 'journalist', 'columnist', 'founder',
  'cofounder', 'co-founder', 'owner', 'executive', 'president-elect', 'nominee', 'candidate', 'chairperson', 'king',
  'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop', 'rabbi', 'imam', 'sheikh', 'emir',
  'sultan', 'coach', 'player', 'captain', 'partner', 'member', 'deputy', 'assistant', 'undersecretary', 'attaché',
  'governor-general', 'speaker', 'whip', 'delegate', 'commissioner', 'administrator', 'superintendent', 'inspector',
  'detective', 'sheriff', 'dean', 'provost', 'rector', 'principal', 'treasurer', 'auditor', 'clerk', 'registrar',
  'spokesmen', 'aide', 'staffer', 'pollster', 'consultant', 'activist', 'organizer', 'organiser', 'campaigner',
]);

/** Lower-case words that may stand inside a role before its head ("chief executive", "campaign manager"). */
export const ROLE_MODIFIERS = new Set([
  'former', 'acting', 'interim', 'deputy', 'assistant', 'senior', 'junior', 'chief', 'executive', 'general', 'vice',
  'foreign', 'defence', 'defense', 'finance', 'interior', 'press', 'campaign', 'political', 'military', 'national',
  'security', 'state', 'federal', 'regional', 'local', 'communications', 'policy', 'legal', 'managing', 'operating',
  'financial', 'technical', 'research', 'marketing', 'sales', 'news', 'white', 'house', 'party', 'opposition', 'top',
  'lead', 'principal', 'associate', 'economic', 'trade', 'oil', 'energy', 'health', 'education', 'justice', 'prime',
  'lieutenant', 'then', 'co', 'presidential', 'democratic', 'republican', 'independent', 'first',
]);

/** Words that make a capitalised phrase an organisation. */
export const ORG_HEADS = new Set([
  'ministry', 'department', 'dept', 'agency', 'council', 'committee', 'commission', 'party', 'bank', 'university',
  'college', 'institute', 'institution', 'association', 'company', 'co', 'corporation', 'corp', 'inc', 'ltd', 'llc',
  'plc', 'group', 'office', 'court', 'army', 'navy', 'force', 'forces', 'guard', 'alliance', 'union', 'organization',
  'organisation', 'foundation', 'federation', 'league', 'service', 'services', 'parliament', 'congress', 'senate',
  'assembly', 'government', 'administration', 'airlines', 'airways', 'times', 'news', 'post', 'journal', 'club', 'team',
  'board', 'authority', 'bureau', 'centre', 'center', 'network', 'fund', 'trust', 'society', 'church', 'school',
  'hospital', 'police', 'military', 'cabinet', 'campaign', 'coalition', 'movement', 'front', 'industries', 'holdings',
  'systems', 'technologies', 'motors', 'exchange', 'reserve', 'commonwealth', 'secretariat', 'directorate', 'tribunal',
  'academy', 'press', 'broadcasting', 'television', 'radio', 'studios', 'records', 'partners', 'capital', 'securities',
  'insurance', 'energy', 'petroleum', 'oil', 'railways', 'brigade', 'battalion', 'regiment', 'division', 'corps',
  'command', 'observatory', 'laboratory', 'museum', 'library', 'cooperative', 'chamber',
]);

/** Short capitalised forms that name places, with the canonical name. */
export const PLACE_ALIASES = new Map<string, string>([
  ['us', 'United States'], ['u.s', 'United States'], ['u.s.', 'United States'], ['usa', 'United States'],
  ['u.s.a.', 'United States'], ['america', 'United States'], ['united states of america', 'United States'],
  ['the united states', 'United States'], ['uk', 'United Kingdom'], ['u.k', 'United Kingdom'], ['u.k.', 'United Kingdom'],
  ['britain', 'United Kingdom'], ['great britain', 'United Kingdom'], ['uae', 'United Arab Emirates'],
]);

/** Capitalised words that start sentences but are not names. */
export const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its',
  'their', 'our', 'my', 'your', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'if', 'when', 'while', 'after', 'before',
  'during', 'since', 'as', 'so', 'yet', 'however', 'meanwhile', 'also', 'still', 'there', 'here', 'today', 'yesterday',
  'tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mr', 'mrs', 'ms', 'dr', 'according', 'despite', 'although', 'though', 'because', 'with', 'without', 'from', 'by',
  'about', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'now', 'then', 'why', 'what', 'who',
  'how', 'where', 'which', 'whose', 'whom', 'highly', 'during', 'under', 'over', 'into', 'report', 'reuters', 'ap',
  'afp', 'update', 'breaking', 'exclusive', 'analysis', 'opinion', 'photo', 'video', 'watch', 'read', 'more', 'click',
  'christmas', 'easter', 'god', 'internet', 'web', 'english', 'french', 'german', 'russian', 'chinese', 'spanish',
  'arabic', 'islam', 'christian', 'muslim', 'jewish', 'catholic', 'everyone', 'everybody', 'someone', 'somebody',
  'nobody', 'anyone', 'new', 'old', 'other', 'another', 'such', 'yes', 'ok', 'okay', 'thanks', 'please', 'dear',
]);

/** Words joining parts of one name ("Bank of America", "Ludwig van Beethoven"). */
export const NAME_CONNECTORS = new Set(['of', 'the', 'for', '&', 'de', 'del', 'da', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'ibn', 'al', 'el']);

/** Last words of names of places built by people ("Levi's Stadium", "Sun Life Stadium"). */
export const PLACE_HEADS = new Set([
  'stadium', 'arena', 'park', 'bridge', 'street', 'avenue', 'road', 'square', 'airport', 'station', 'hall', 'building',
  'tower', 'palace', 'castle', 'cathedral', 'mosque', 'temple', 'river', 'lake', 'mountain', 'mountains', 'island',
  'islands', 'valley', 'bay', 'sea', 'ocean', 'county', 'province', 'district', 'village', 'port',
]);

/** Last words of names that are neither people nor bodies: trophies, events, products, places. */
export const THING_HEADS = new Set([
  ...PLACE_HEADS, 'trophy', 'award', 'awards', 'prize', 'cup', 'bowl', 'medal', 'championship', 'championships',
  'tournament', 'games', 'festival', 'war', 'act', 'treaty', 'bill', 'law', 'day', 'week', 'program', 'programme',
  'project', 'mission', 'plan',
]);
